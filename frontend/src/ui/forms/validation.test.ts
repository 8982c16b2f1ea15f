import { cleanBody, constraintOf, isRequired, setValueAt, validate, valueAt } from './validation';

describe('a body checked against the contract before it is sent', () => {
  const project = () => ({
    name: 'Épicerie solidaire de Sombernon',
    programme: 'BENEFICE_CREA',
    welcomedOn: '2024-02-06',
    commune: 'Sombernon',
    sector: '',
    holders: [{ firstName: 'Camille', lastName: 'Durand', email: '', phone: '' }],
  });

  it('accepts a body the contract accepts', () => {
    expect(validate('accompaniment.NewProject', project())).toEqual({});
  });

  it('names every missing required field, blank text included, in French', () => {
    const body = { ...project(), name: '   ', programme: '', welcomedOn: '' };

    expect(validate('accompaniment.NewProject', body)).toEqual({
      name: 'Ce champ est obligatoire.',
      programme: 'Ce champ est obligatoire.',
      welcomedOn: 'Ce champ est obligatoire.',
    });
  });

  it('checks formats, lengths, patterns and enumerations, inside the items of a list too', () => {
    const body = {
      ...project(),
      programme: 'SOMETHING',
      welcomedOn: '2024-02-30',
      name: 'x'.repeat(201),
      holders: [{ firstName: 'Camille', lastName: '', email: 'camille', phone: 'call me' }],
    };

    expect(validate('accompaniment.NewProject', body)).toEqual({
      name: 'Au plus 200 caractères (201 saisis).',
      programme: 'Choisissez une valeur de la liste.',
      welcomedOn: 'Date invalide : saisissez-la au format jj/mm/aaaa.',
      'holders[0].lastName': 'Ce champ est obligatoire.',
      'holders[0].email': 'Adresse e-mail invalide.',
      'holders[0].phone': 'Format invalide.',
    });
  });

  it('wants at least one item in a required list', () => {
    expect(validate('accompaniment.NewProject', { ...project(), holders: [] })).toEqual({
      holders: 'Ajoutez-en au moins un.',
    });
  });

  it('checks the minimum and maximum of a number and that it is whole', () => {
    const creation = (jobsCreated: unknown) => ({ date: '2024-09-02', legalForm: 'SCIC', jobsCreated });

    expect(validate('accompaniment.NewCreation', creation(-1))).toEqual({ jobsCreated: 'Au moins 0.' });
    expect(validate('accompaniment.NewCreation', creation(10001))).toEqual({ jobsCreated: 'Au plus 10000.' });
    expect(validate('accompaniment.NewCreation', creation(1.5))).toEqual({ jobsCreated: 'Un nombre entier est attendu.' });
    expect(validate('accompaniment.NewCreation', creation(null))).toEqual({ jobsCreated: 'Ce champ est obligatoire.' });
    expect(validate('accompaniment.NewCreation', creation(0))).toEqual({});
  });

  it('reads the constraint and whether a field is required from its path', () => {
    expect(constraintOf('accompaniment.NewProject', 'holders[2].email')).toMatchObject({ format: 'email', maxLength: 254 });
    expect(constraintOf('accompaniment.NewProject', 'programme')).toMatchObject({ enum: 'Programme' });
    expect(isRequired('accompaniment.NewProject', 'holders[0].lastName')).toBe(true);
    expect(isRequired('accompaniment.NewProject', 'holders[0].phone')).toBe(false);
    expect(isRequired('accompaniment.NewProject', 'sector')).toBe(false);
  });

  it('leaves the empty optional fields out of what is sent', () => {
    expect(cleanBody(project())).toEqual({
      name: 'Épicerie solidaire de Sombernon',
      programme: 'BENEFICE_CREA',
      welcomedOn: '2024-02-06',
      commune: 'Sombernon',
      holders: [{ firstName: 'Camille', lastName: 'Durand' }],
    });
  });

  it('reads and writes a field by its path', () => {
    const body = project();
    setValueAt(body, 'holders[0].email', 'camille@example.org');

    expect(valueAt(body, 'holders[0].email')).toBe('camille@example.org');
    expect(valueAt(body, 'holders[3].email')).toBeUndefined();
  });
});
