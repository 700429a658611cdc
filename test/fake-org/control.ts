import { ApiError } from './http/apiError';
import type { FaultRule } from './faults';
import { normaliseId } from './ids';
import type { Org, Visibility } from './org';
import { checkWrite } from './records/checkWrite';
import type { ValidationRule } from './records/rules';
import { customField, type CustomFieldDef } from './schema/customFields';
import type { SfRecord } from './store';

/** What tests (in process, or over /__fake/ by HTTP) do to the org behind the client's back. */
export function createControl(org: Org) {
  const otherUser = () => org.userIds[org.userIds.length - 1]!;
  const object = (type: string) => {
    const def = org.store.schema.findObject(type);
    if (!def) throw new ApiError(404, 'NOT_FOUND', `No object ${type}`);
    return def;
  };
  const row = (type: string, id: string): SfRecord => {
    const found = org.store.table(object(type).name).rows.get(normaliseId(id) ?? id);
    if (!found) throw new ApiError(404, 'NOT_FOUND', `No ${type} ${id}`);
    return found;
  };
  const check = { store: org.store, canSeeField: () => true, rules: org.validationRules };

  return {
    state: () => ({
      orgId: org.orgId,
      clientId: org.options.clientId,
      now: org.clock.now(),
      limits: { ...org.limits },
      users: org.userIds.map((id) => {
        const user = org.store.table('User').rows.get(id)!;
        return { id, name: user['Name'], username: user['Username'] };
      }),
    }),
    /** The stored row, deleted or not, as any user. */
    get: (type: string, id: string) => ({ ...row(type, id) }),
    all: (type: string) => [...org.store.table(object(type).name).rows.values()],
    create(type: string, values: Record<string, unknown>, asUser = otherUser()) {
      const def = object(type);
      return org.store.insert(def.name, checkWrite(check, def, values, undefined), asUser);
    },
    update(type: string, id: string, values: Record<string, unknown>, asUser = otherUser()) {
      const def = object(type);
      const current = row(type, id);
      return org.store.update(
        def.name,
        current.Id,
        checkWrite(check, def, values, current),
        asUser,
      );
    },
    remove(type: string, id: string, asUser = otherUser()) {
      org.store.remove(object(type).name, row(type, id).Id, asUser);
    },
    undelete(type: string, id: string, asUser = otherUser()) {
      return org.store.undelete(object(type).name, row(type, id).Id, asUser);
    },
    purgeRecycleBin: () => org.store.purgeRecycleBin(),
    /** An admin adds a custom field; describe's If-Modified-Since sees the change. */
    addField(type: string, def: CustomFieldDef) {
      org.store.addField(object(type).name, customField(def));
      org.schemaChangedAt = org.clock.now();
    },
    setVisibility: (userId: string, visibility: Partial<Visibility>) =>
      org.setVisibility(userId, visibility),
    expireSessions: (userId?: string) => org.auth.expireSessions(userId),
    issuedSecrets: () => org.auth.issuedSecrets(),
    advanceClock: (ms: number) => org.clock.advance(ms),
    setClock: (epochMs: number) => org.clock.set(epochMs),
    addFault: (rule: FaultRule) => org.faults.add(rule),
    clearFaults: () => org.faults.clear(),
    addValidationRule: (rule: ValidationRule) => void org.validationRules.push(rule),
    clearValidationRules: () => void org.validationRules.splice(0),
    setLimits: (limits: { daily?: number; used?: number }) => Object.assign(org.limits, limits),
    requestCounts: () => Object.fromEntries(org.requestCounts),
    resetRequestCounts: () => org.requestCounts.clear(),
  };
}

export type Control = ReturnType<typeof createControl>;
