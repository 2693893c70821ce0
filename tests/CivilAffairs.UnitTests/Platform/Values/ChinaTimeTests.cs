using CivilAffairs.Platform.Values;

namespace CivilAffairs.UnitTests.Platform.Values;

public class ChinaTimeTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Today_in_China_begins_at_16_00_UTC_the_day_before()
    {
        Assert.Equal(new DateOnly(2024, 1, 1), ChinaTime.Today(new FixedClock(new DateTimeOffset(2023, 12, 31, 16, 0, 0, TimeSpan.Zero))));
        Assert.Equal(new DateOnly(2023, 12, 31), ChinaTime.Today(new FixedClock(new DateTimeOffset(2023, 12, 31, 15, 59, 59, TimeSpan.Zero))));
    }

    [Fact]
    public void ToLocal_adds_eight_hours_to_a_UTC_time()
    {
        Assert.Equal(new DateTime(2024, 1, 1, 8, 30, 0), ChinaTime.ToLocal(new DateTime(2024, 1, 1, 0, 30, 0, DateTimeKind.Utc)));
    }
}
