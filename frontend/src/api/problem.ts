// RFC 9457 problem details as the services and the gateway answer them (docs/decisions/0004), and the
// errors the API client throws. The type is the contract's own `Problem` schema.
import type { components } from './generated/accompaniment-service';

export type Problem = components['schemas']['Problem'];
export type FieldProblem = components['schemas']['FieldProblem'];

const PREFIX = 'urn:pes21:problem:';

/** The server refused the request: its problem detail (or one made from the status when it sent none). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }

  /** `validation`, `rule-violation`, `not-found`... (`urn:pes21:problem:<kind>`), or '' for another type. */
  get kind(): string {
    return kindOf(this.problem);
  }
}

/** No answer: the network or the gateway failed. The request may or may not have been recorded. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('La connexion au serveur a échoué.', { cause });
    this.name = 'NetworkError';
  }
}

/** The person closed the login dialog instead of logging in again: the request was not sent. */
export class SessionEnded extends Error {
  constructor() {
    super('Session terminée : reconnectez-vous pour continuer.');
    this.name = 'SessionEnded';
  }
}

export function kindOf(problem: Pick<Problem, 'type'>): string {
  return problem.type?.startsWith(PREFIX) ? problem.type.slice(PREFIX.length) : '';
}

/** Reads a refused answer's problem detail; any other body becomes a problem made from the status. */
export function toProblem(status: number, body: unknown): Problem {
  if (body && typeof body === 'object' && 'status' in body && 'title' in body) {
    return body as Problem;
  }
  return { type: 'about:blank', title: `HTTP ${status}`, status };
}

/** What to tell a person about a refused request, in French, when no field carries it. */
export function messageOf(error: unknown): string {
  if (error instanceof SessionEnded || error instanceof NetworkError) {
    return error.message;
  }
  if (!(error instanceof ApiError)) {
    return 'Une erreur inattendue est survenue.';
  }
  const { problem } = error;
  switch (kindOf(problem)) {
    case 'rule-violation':
      // the domain's rule, in the service's words (made French by the services)
      return problem.detail ?? 'Cette saisie est refusée par une règle.';
    case 'validation':
    case 'malformed-body':
      return problem.detail && !problem.errors?.length
        ? problem.detail
        : 'Certains champs sont manquants ou invalides.';
    case 'idempotency-key-reused':
      return 'Cet envoi a déjà été enregistré avec d’autres valeurs : rechargez la page avant de recommencer.';
    case 'idempotency-key-in-use':
      return 'Le même envoi est encore en cours : patientez un instant puis réessayez.';
    case 'concurrent-change':
      return 'Quelqu’un a modifié la même fiche au même moment : réessayez.';
    case 'not-found':
      return 'Cette fiche n’existe pas ou a été retirée.';
    case 'payload-too-large':
      return 'Le contenu envoyé est trop volumineux.';
    default:
      break;
  }
  switch (problem.status) {
    case 401:
      return 'Votre session a expiré : reconnectez-vous.';
    case 403:
      return 'Votre rôle ne permet pas cette action.';
    case 404:
      return 'Cette fiche n’existe pas ou a été retirée.';
    case 429:
      return 'Trop de tentatives : patientez avant de réessayer.';
    default:
      return problem.status >= 500
        ? `Le service ne répond pas correctement (erreur ${problem.status}) : réessayez plus tard.`
        : (problem.detail ?? `Demande refusée (erreur ${problem.status}).`);
  }
}
