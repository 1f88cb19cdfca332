import { describe, expect, it } from 'vitest';
import { parseProfile, ProfileError, profileById, profiles } from '../../shared/profiles';
import { pocheonProfile } from '../../shared/profiles/pocheon';

describe('charter profiles', () => {
  it('ships the five seed charters and the demo hall, each valid and naming its source', () => {
    expect(Object.keys(profiles).sort()).toEqual(
      ['anyang', 'demo', 'gwangjin', 'mapo', 'mokpo', 'pocheon'].sort(),
    );
    for (const profile of Object.values(profiles)) {
      expect(() => parseProfile(profile)).not.toThrow();
      expect(profile.source.length).toBeGreaterThan(5);
    }
  });

  it('holds the charters’ numbers, and null where a charter is silent', () => {
    expect(profileById('gwangjin').queue.waitTargetMin).toBe(5);
    expect(profileById('gwangjin').compensation).toEqual({
      thresholdMin: 60,
      amountWon: 10000,
      secondVisit: true,
      lateDecision: true,
      permitDelayDays: 1,
    });
    expect(profileById('mapo').complexPetition).toEqual({
      minDepartments: 2,
      minDays: 7,
      noticeWithinDays: 3,
      guardianGrade: null,
    });
    expect(profileById('anyang').complexPetition.minDays).toBe(10);
    expect(profileById('anyang').complexPetition.guardianGrade).toBe(6);
    expect(profileById('anyang').complaints.answerDays).toBe(7);
    expect(profileById('mokpo').complaints.answerDays).toBe(3);
    expect(profileById('pocheon').complaints.stages).toEqual({
      assignDays: 1,
      investigateDays: 3,
      notifyDays: 7,
    });
    expect(profileById('mokpo').survey.publishWithinMonths).toBe(1);
    expect(profileById('anyang').survey.cadence).toBeNull();
    expect(profileById('mapo').lunch.noGap).toBe(true);
    // No charter states a retention: Annae's stated default under 개인정보 보호법, never for ever.
    expect(profileById('mapo').retention.complaintDays).toBe(90);
  });

  it('names the missing number of a broken profile file', () => {
    const { compensation: _c, ...rest } = pocheonProfile;
    const broken = { ...rest, compensation: { amountWon: 10000 } };
    expect(() => parseProfile(broken)).toThrow(ProfileError);
    expect(() => parseProfile(broken)).toThrow(/compensation\.thresholdMin is missing/);
    expect(() => parseProfile(broken)).toThrow(/"pocheon"/);
  });

  it('rejects a wrong value with its path', () => {
    const broken = {
      ...pocheonProfile,
      complaints: { ...pocheonProfile.complaints, answerDays: -1 },
    };
    expect(() => parseProfile(broken)).toThrow(/complaints\.answerDays/);
  });
});
