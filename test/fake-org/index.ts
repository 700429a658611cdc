import type { Server } from 'node:http';
import { createControl, type Control } from './control';
import type { Route } from './http/route';
import { createServer, listen } from './http/server';
import { createOrg, defaultClientId, type FakeOrgOptions, type Org } from './org';
import { bulk2Routes } from './routes/bulk2';
import { compositeRoutes } from './routes/composite';
import { compositeRequestRoute } from './routes/compositeRequest';
import { controlRoutes } from './routes/control';
import { externalIdRoutes } from './routes/externalId';
import { layoutRoutes } from './routes/layouts';
import { miscRoutes } from './routes/misc';
import { oauthRoutes } from './routes/oauth';
import { queryRoutes } from './routes/query';
import { recordRoutes } from './routes/records';
import { uiApiRoutes } from './routes/uiApi';

export type { FakeOrgOptions } from './org';

export type FakeOrg = {
  /** Login and instance origin, e.g. http://localhost:8484 (no path: Bulk 2.0 needs a bare origin). */
  url: string;
  clientId: string;
  orgId: string;
  /** The user a sign-in picks by default, and the owner of the "mine" records. */
  userId: string;
  control: Control;
  org: Org;
  stop(): Promise<void>;
};

/** Starts a Salesforce-compatible org on 127.0.0.1 (advertised as localhost, as Salesforce requires). */
export async function startFakeOrg(options: FakeOrgOptions = {}): Promise<FakeOrg> {
  let origin = '';
  const org = createOrg(options, () => origin);
  const control = createControl(org);
  const routes: Route[] = [
    compositeRequestRoute(() => routes),
    ...oauthRoutes,
    ...miscRoutes,
    ...queryRoutes,
    ...compositeRoutes,
    ...bulk2Routes,
    ...layoutRoutes,
    ...recordRoutes,
    ...externalIdRoutes,
    ...uiApiRoutes,
    ...controlRoutes(control),
  ];
  const server: Server = createServer(org, routes, () => origin);
  const port = await listen(server, options.port ?? 0);
  origin = `http://localhost:${port}`;
  return {
    url: origin,
    clientId: options.clientId ?? defaultClientId,
    orgId: org.orgId,
    userId: org.userIds[0]!,
    control,
    org,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
