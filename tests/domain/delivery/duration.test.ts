import { splitDuration } from "../../../domain/delivery";

describe("splitDuration", () => {
  it("splits into days, hours, minutes and seconds", () => {
    expect(splitDuration(((1 * 24 + 2) * 3600 + 3 * 60 + 4) * 1000)).toEqual({
      days: 1,
      hours: 2,
      minutes: 3,
      seconds: 4,
    });
  });

  it("rounds to whole seconds and ignores the sign", () => {
    expect(splitDuration(-90_400)).toEqual({ days: 0, hours: 0, minutes: 1, seconds: 30 });
    expect(splitDuration(0)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
  });
});
