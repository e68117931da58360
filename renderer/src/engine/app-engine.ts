// The app's one engine client: its workers are shared by every screen that runs the engines.
import { createEngineClient, type EngineClient } from './engine-client';

let client: EngineClient | null = null;

export function appEngine(): EngineClient {
  client ??= createEngineClient();
  return client;
}
