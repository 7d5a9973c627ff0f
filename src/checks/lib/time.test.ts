import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateOf, dayCount, daysBetween, daysSince, parseTime } from './time.js';

const NOW = new Date('2026-11-01T12:00:00Z');

describe('time helpers', () => {
  it('counts whole elapsed days, rounding down', () => {
    assert.equal(daysBetween(new Date('2026-10-02T12:00:00Z'), NOW), 30);
    assert.equal(daysBetween(new Date('2026-10-02T12:00:01Z'), NOW), 29);
    assert.equal(daysBetween(NOW, NOW), 0);
  });

  it('gives negative days for times after now', () => {
    assert.equal(daysBetween(new Date('2026-11-03T12:00:00Z'), NOW), -2);
  });

  it('measures from ISO text and refuses what is not a time', () => {
    assert.equal(daysSince('2026-08-03T12:00:00Z', NOW), 90);
    assert.equal(daysSince('not a date', NOW), undefined);
    assert.equal(parseTime(''), undefined);
  });

  it('prints the UTC calendar date', () => {
    assert.equal(dateOf('2026-10-20T23:30:00-02:00'), '2026-10-21');
    assert.equal(dateOf('garbage'), 'garbage');
  });

  it('counts days in words', () => {
    assert.equal(dayCount(1), '1 day');
    assert.equal(dayCount(0), '0 days');
    assert.equal(dayCount(45), '45 days');
  });
});
