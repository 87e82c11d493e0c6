import { ErrorCode } from './app-exception';
import { ExportsBusy, ExportSlots, TooManyExports, Turns } from './export-slots';

describe('ExportSlots', () => {
  it('refuses a user past their own cap with a 429, and anyone past the server’s with a 503', () => {
    const slots = new ExportSlots({ perUser: 2, inAll: 3 });
    slots.take(1);
    slots.take(1);
    expect(() => slots.take(1)).toThrow(TooManyExports);
    expect(() => slots.take(1)).toThrow('Vous avez déjà 2 exports en cours');
    slots.take(2);
    expect(() => slots.take(3)).toThrow(ExportsBusy);
    expect(new ExportsBusy().code).toBe(ErrorCode.Unavailable);
    expect(new TooManyExports(1).code).toBe(ErrorCode.TooManyAttempts);
  });

  it('frees a slot once however often its release is called', () => {
    const slots = new ExportSlots({ perUser: 1, inAll: 2 });
    const release = slots.take(1);
    slots.take(2);
    release();
    release();
    slots.take(3);
    expect(() => slots.take(4)).toThrow(ExportsBusy);
    expect(() => slots.take(1)).toThrow(ExportsBusy);
  });
});

describe('Turns', () => {
  it('lets `size` holders in at once and the others in arrival order as turns are released', async () => {
    const turns = new Turns(2);
    const order: string[] = [];
    const first = await turns.take();
    const second = await turns.take();
    const third = turns.take().then((release) => (order.push('third'), release));
    const fourth = turns.take().then((release) => (order.push('fourth'), release));
    await Promise.resolve();
    expect(order).toEqual([]);

    first();
    first();
    const thirdRelease = await third;
    expect(order).toEqual(['third']);
    second();
    (await fourth)();
    thirdRelease();
    expect(order).toEqual(['third', 'fourth']);

    // All released: two at once again, without waiting.
    await turns.take();
    await turns.take();
  });
});
