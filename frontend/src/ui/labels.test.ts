import { enumerations } from '@/api/generated/contract';
import { enumLabels, labelOf } from './labels';

describe('French labels of the contract\'s enumerations', () => {
  it('has a label for every value of every enumeration', () => {
    for (const [name, values] of Object.entries(enumerations)) {
      const labels = enumLabels[name as keyof typeof enumLabels] as Record<string, string>;
      for (const value of values) {
        expect(labels[value], `${name}.${value}`).toBeTruthy();
      }
    }
  });

  it('shows a value the application does not know yet as it is', () => {
    expect(labelOf('Programme', 'NEW_ONE')).toBe('NEW_ONE');
    expect(labelOf('Programme', 'CRDVA')).toBe('CRDVA');
    expect(labelOf('EventKind', 'CLUB_EVENING')).toBe('Soirée du Club des Entrepreneurs');
  });
});
