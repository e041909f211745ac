import { raceStall } from './race-stall';

describe('raceStall', () => {
  it('gives the value of work that finishes', async () => {
    await expect(raceStall(Promise.resolve(42), 50, () => Date.now())).resolves.toEqual({ status: 'DONE', value: 42 });
  });

  it('passes a rejection on', async () => {
    await expect(raceStall(Promise.reject(new Error('bad zip')), 50, () => Date.now())).rejects.toThrow('bad zip');
  });

  it('gives STALLED when work that never settles stops making progress', async () => {
    const started = Date.now();
    await expect(raceStall(new Promise(() => undefined), 50, () => started)).resolves.toEqual({ status: 'STALLED' });
  });

  it('waits as long as progress is being made', async () => {
    let last = Date.now();
    const ticker = setInterval(() => (last = Date.now()), 10);
    const work = new Promise((resolve) => setTimeout(() => resolve('slow but alive'), 200));
    try {
      await expect(raceStall(work, 50, () => last)).resolves.toEqual({ status: 'DONE', value: 'slow but alive' });
    } finally {
      clearInterval(ticker);
    }
  });
});
