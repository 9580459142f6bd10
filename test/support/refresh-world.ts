// What refresh tests start from: a library file in a temp folder, a feed server on loopback and a
// refresher over them. `clock` lets a test move time (retention, schedules).
import { Refresher } from '../../electron/core/refresh/refresher';
import { Store } from '../../electron/core/store';
import { FeedServer } from './feed-server';
import { tempDir } from './temp';

export interface RefreshWorld {
  dir: ReturnType<typeof tempDir>;
  store: Store;
  server: FeedServer;
  refresher: Refresher;
}

export async function openRefreshWorld(clock?: () => number): Promise<RefreshWorld> {
  const dir = tempDir();
  const store = Store.open(dir.file('library.db'), clock ? { clock } : {});
  const server = await new FeedServer().start();
  return { dir, store, server, refresher: new Refresher(store) };
}

export async function closeRefreshWorld(world: RefreshWorld): Promise<void> {
  world.store.close();
  await world.server.stop();
  world.dir.remove();
}
