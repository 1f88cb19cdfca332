import { describe, expect, it } from 'vitest';
import { fitServiceTimeModel } from '../../server/domain/wait-estimate';
import { todayStats } from '../../server/views/estimates';

describe("today's observations for the estimator", () => {
  it('count a visitor who cancelled on the phone apart from the no-shows at the call', () => {
    const model = fitServiceTimeModel({ calls: [] });
    const stats = todayStats(
      {
        finished: [
          { serviceId: 1, noShow: false, waitMin: 10, durationMin: 4 },
          { serviceId: 1, noShow: true, waitMin: 30, durationMin: 0.5 },
          { serviceId: 1, noShow: true, cancelled: true, waitMin: 20, durationMin: 0 },
        ],
        arrivals: new Map([[1, 3]]),
      },
      model,
      [1],
    );
    // The no-show tilt compares the visitors called; a cancel was never called.
    expect(stats['1']).toMatchObject({ served: 1, servedMinSum: 4, noShows: 1, arrivals: 3 });
  });
});
