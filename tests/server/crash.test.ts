/** kill -9 under load, a few times: acknowledged tickets and calls survive, numbers never reused. */
import { describe, expect, it } from 'vitest';
import { crashCycles } from '../../bench/crash/crash';

describe('crash durability', () => {
  it('keeps every acknowledged ticket and call across kill -9 restarts', async () => {
    const report = await crashCycles(3);
    // The load really ran: tickets were issued and called before the kills.
    expect(report.acknowledgedIssues).toBeGreaterThan(3);
    expect(report.acknowledgedCalls).toBeGreaterThan(0);
    expect(report.missingTickets).toEqual([]);
    expect(report.changedNumbers).toEqual([]);
    expect(report.reusedNumbers).toEqual([]);
    expect(report.lostCalls).toEqual([]);
    expect(report.ticketsInDb).toBeGreaterThanOrEqual(report.acknowledgedIssues);
  }, 120_000);
});
