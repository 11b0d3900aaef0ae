import { describe, expect, it } from 'vitest';
import { ServiceContainer } from './service-container';

describe('ServiceContainer', () => {
  it('stops services once, in reverse order, even when one fails', async () => {
    const stopped: string[] = [];
    const logged: string[] = [];
    const container = new ServiceContainer((_, message) => logged.push(message));
    const first = container.own({ name: 'hub' }, (s) => void stopped.push(s.name));
    container.own({ name: 'batcher' }, () => {
      throw new Error('flush failed');
    });
    container.own({ name: 'irc' }, async (s) => {
      await new Promise((r) => setTimeout(r, 5));
      stopped.push(s.name);
    });
    expect(first.name).toBe('hub');
    await Promise.all([container.close(), container.close()]);
    await container.close();
    expect(stopped).toEqual(['irc', 'hub']);
    expect(logged).toEqual(['A service did not stop cleanly']);
  });
});
