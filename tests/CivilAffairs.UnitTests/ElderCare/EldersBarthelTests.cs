using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Elders;

namespace CivilAffairs.UnitTests.ElderCare;

public sealed class EldersBarthelTests
{
    // the thresholds as seeded (MZ/T 039-2013): 100 able, 65–95 mild, 45–60 moderate, ≤40 severe
    private static readonly AssessmentPolicy Policy = new(100, 65, 45, 12, 6, "test");

    [Theory]
    [InlineData(100, CareLevel.Independent)]
    [InlineData(95, CareLevel.Mild)]
    [InlineData(65, CareLevel.Mild)]
    [InlineData(60, CareLevel.Moderate)]
    [InlineData(45, CareLevel.Moderate)]
    [InlineData(40, CareLevel.Severe)]
    [InlineData(0, CareLevel.Severe)]
    public void The_total_gives_the_level_at_each_threshold(int total, CareLevel level) => Assert.Equal(level, Policy.LevelFor(total));

    [Fact]
    public void The_ten_items_add_up_to_one_hundred_at_best()
    {
        Assert.Equal(10, Barthel.Items.Count);
        Assert.Equal(100, Barthel.Items.Sum(i => i.Scores.Max()));
        Assert.All(Barthel.Items, i => Assert.Equal(0, i.Scores.Min()));
        Assert.Equal("0,5,10,15", string.Join(",", Barthel.Items.Single(i => i.Key == "transfers").Scores));
        Assert.Equal("0,5", string.Join(",", Barthel.Items.Single(i => i.Key == "bathing").Scores));
    }

    [Fact]
    public void Moderate_and_severe_loss_is_reassessed_sooner()
    {
        var on = new DateOnly(2018, 8, 31);
        Assert.Equal(new DateOnly(2019, 8, 31), Policy.NextAfter(on, CareLevel.Mild));
        Assert.Equal(new DateOnly(2019, 2, 28), Policy.NextAfter(on, CareLevel.Severe));
    }

    [Fact]
    public void Other_thresholds_from_the_parameters_move_the_levels()
    {
        var stricter = new AssessmentPolicy(100, 75, 50, 12, 6, "test");
        Assert.Equal(CareLevel.Moderate, stricter.LevelFor(70));
        Assert.Equal(CareLevel.Severe, stricter.LevelFor(45));
    }
}
