import type { Logger } from '../../src/core/log/logger';

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
