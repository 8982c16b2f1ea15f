import { ApiError, NetworkError, SessionEnded, kindOf, messageOf, toProblem } from './problem';

const problem = (type: string, status: number, detail?: string) => new ApiError({ type, title: 'T', status, detail });

describe('problem details told in French', () => {
  it('reads the kind from the urn:pes21:problem type', () => {
    expect(kindOf({ type: 'urn:pes21:problem:rule-violation' })).toBe('rule-violation');
    expect(kindOf({ type: 'about:blank' })).toBe('');
  });

  it('gives a rule violation\'s detail as the services wrote it', () => {
    expect(messageOf(problem('urn:pes21:problem:rule-violation', 422, 'Le projet est clôturé.'))).toBe(
      'Le projet est clôturé.',
    );
  });

  it('says what to do for the kinds a person can meet', () => {
    expect(messageOf(problem('urn:pes21:problem:idempotency-key-in-use', 409))).toContain('encore en cours');
    expect(messageOf(problem('urn:pes21:problem:concurrent-change', 409))).toContain('réessayez');
    expect(messageOf(problem('urn:pes21:problem:not-found', 404))).toBe('Cette fiche n’existe pas ou a été retirée.');
    expect(messageOf(problem('about:blank', 403))).toBe('Votre rôle ne permet pas cette action.');
    expect(messageOf(problem('urn:pes21:problem:internal-error', 500))).toContain('erreur 500');
    expect(messageOf(new NetworkError(new TypeError()))).toBe('La connexion au serveur a échoué.');
    expect(messageOf(new SessionEnded())).toContain('reconnectez-vous');
  });

  it('makes a problem from the status when the answer had none', () => {
    expect(toProblem(502, 'Bad gateway')).toEqual({ type: 'about:blank', title: 'HTTP 502', status: 502 });
    expect(toProblem(422, { type: 'urn:pes21:problem:rule-violation', title: 'R', status: 422 }).type).toBe(
      'urn:pes21:problem:rule-violation',
    );
  });
});
