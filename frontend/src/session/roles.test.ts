import { operationRoles } from '@/api/generated/contract';
import { allows } from './roles';

describe('what each role is offered, from the contract\'s x-roles', () => {
  it('lets a READER read figures and lists, and record nothing', () => {
    expect(allows(['READER'], 'getYearlyReport')).toBe(true);
    expect(allows(['READER'], 'listProjects')).toBe(true);
    expect(allows(['READER'], 'recordMeeting')).toBe(false);
    expect(allows(['READER'], 'welcomeProject')).toBe(false);
    expect(allows(['READER'], 'withdrawMeeting')).toBe(false);
  });

  it('lets a VOLUNTEER record what the contract allows it, and not read registrations', () => {
    expect(allows(['VOLUNTEER'], 'recordMeeting')).toBe(true);
    expect(allows(['VOLUNTEER'], 'recordPostCreationReview')).toBe(true);
    expect(allows(['VOLUNTEER'], 'registerToEvent')).toBe(true);
    expect(allows(['VOLUNTEER'], 'recordAttendance')).toBe(true);
    expect(allows(['VOLUNTEER'], 'listRegistrations')).toBe(false);
  });

  it('keeps the webhooks and the rebuild to ADMIN', () => {
    expect(allows(['STAFF'], 'subscribeWebhook')).toBe(false);
    expect(allows(['STAFF'], 'startRebuild')).toBe(false);
    expect(allows(['ADMIN'], 'subscribeWebhook')).toBe(true);
    expect(allows(['STAFF', 'ADMIN'], 'startRebuild')).toBe(true);
  });

  it('offers nothing to a token without roles, but the login', () => {
    expect(allows([], 'getYearlyReport')).toBe(false);
    expect(allows([], 'issueToken')).toBe(true);
    expect(operationRoles['issueToken']).toEqual([]);
    expect(operationRoles['changeAccount']).toEqual(['ADMIN']);
    expect(operationRoles['getOwnAccount']).toContain('READER');
  });

  it('knows every role of every operation from the contract, STAFF and ADMIN recording everything', () => {
    for (const [operation, roles] of Object.entries(operationRoles)) {
      if (roles.length === 0) continue; // the login, the refresh and the logout need no token
      expect(roles, operation).toContain('ADMIN');
    }
  });
});
