import { flushPromises, mount } from '@vue/test-utils';
import { projectErasureConfirmation } from '@/programmes/accompaniment/projects';
import { registrantErasureConfirmation } from '@/programmes/events/events';
import { allows } from '@/session/roles';
import { auditLines, erasureConfirmation, type AuditTrail } from './audit';
import AuditSection from './AuditSection.vue';

const trail = (entries: AuditTrail['entries']): AuditTrail => ({ id: 'p1', entries });

describe('the audit trail of a record', () => {
  it('names each fact in French, who recorded it and when, in the order recorded', () => {
    const lines = auditLines(
      trail([
        { fact: 'AccompanimentMeetingHeld', id: 'm1', path: '/m1', recordedAt: '2024-03-12T09:15:00Z', recordedBy: 'marie.dupont' },
        { fact: 'ProjectWelcomed', id: 'p1', path: '/p1', recordedAt: '2024-03-01T08:00:00Z', recordedBy: 'lucas.martin' },
      ]),
    );

    expect(lines.map(({ what, recorded, withdrawn }) => [what, recorded, withdrawn])).toEqual([
      ['Accueil du projet', '01/03/2024 à 09:00 par lucas.martin', ''],
      ['Rencontre', '12/03/2024 à 10:15 par marie.dupont', ''],
    ]);
  });

  it('says who withdrew a fact and when', () => {
    const [line] = auditLines(
      trail([{ fact: 'EventHeld', id: 'e1', path: '/e1', recordedAt: '2024-07-01T08:00:00Z', recordedBy: 'admin', withdrawnAt: '2024-07-02T12:30:00Z', withdrawnBy: 'marie.dupont' }]),
    );

    expect(line!.withdrawn).toBe('Retirée le 02/07/2024 à 14:30 par marie.dupont');
  });

  it('shows what was recorded before the audit trail first, without an author, and a fact it does not know by its name', () => {
    const lines = auditLines(
      trail([
        { fact: 'SomethingNew', id: 'x', path: '/x', recordedAt: '2024-07-01T08:00:00Z' },
        { fact: 'StructureWelcomed', id: 'w', path: '/w' },
      ]),
    );

    expect(lines.map(({ what, recorded }) => [what, recorded])).toEqual([
      ['Accueil de la structure', 'Avant l’historique des saisies'],
      ['SomethingNew', '01/07/2024 à 10:00 (auteur non conservé)'],
    ]);
  });
});

describe('the confirmation of an erasure of personal data', () => {
  it('names what is erased, says the figures do not change and that it cannot be undone', () => {
    const confirmation = erasureConfirmation('Effacer ?', 'Les noms sont effacés.');

    expect(confirmation.changes).toEqual([
      'Les noms sont effacés.',
      'Les faits et tous les chiffres ne changent pas.',
      'L’effacement est définitif : il ne peut pas être annulé.',
    ]);
    expect(confirmation.confirmLabel).toBe('Effacer les données personnelles');
  });
});

describe('who is offered the audit trail and the erasure', () => {
  it('shows the audit trail to STAFF and ADMIN only, and offers the erasure to ADMIN only', () => {
    for (const operation of ['getProjectAudit', 'getStructureAudit', 'getInitiativeAudit', 'getEventAudit'] as const) {
      expect(allows(['STAFF'], operation)).toBe(true);
      expect(allows(['ADMIN'], operation)).toBe(true);
      expect(allows(['VOLUNTEER', 'READER'], operation)).toBe(false);
    }
    for (const operation of ['eraseProjectPersonalData', 'eraseRegistrantPersonalData'] as const) {
      expect(allows(['ADMIN'], operation)).toBe(true);
      expect(allows(['STAFF', 'VOLUNTEER', 'READER'], operation)).toBe(false);
    }
  });

  it('names what a project\'s and a registrant\'s erasures take away', () => {
    expect(projectErasureConfirmation('La Recyclerie').title).toBe('Effacer les données personnelles du projet La Recyclerie ?');
    expect(projectErasureConfirmation('La Recyclerie').changes[0]).toContain('notes de chaque rencontre');
    expect(registrantErasureConfirmation('Camille Rousseau').changes).toContain('Les faits et tous les chiffres ne changent pas.');
  });
});

describe('« Historique des saisies »', () => {
  it('is read when asked for, one row per fact', async () => {
    const load = vi.fn().mockResolvedValue(
      trail([{ fact: 'ProjectWelcomed', id: 'p1', path: '/p1', recordedAt: '2024-03-01T08:00:00Z', recordedBy: 'lucas.martin', withdrawnAt: '2024-03-02T08:00:00Z', withdrawnBy: 'admin' }]),
    );
    const wrapper = mount(AuditSection, { props: { load } });
    expect(load).not.toHaveBeenCalled();

    await wrapper.find('button').trigger('click');
    await flushPromises();

    expect(wrapper.findAll('tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()))).toEqual([
      ['Accueil du projet', '01/03/2024 à 09:00 par lucas.martin', 'Retirée le 02/03/2024 à 09:00 par admin'],
    ]);
  });
});
