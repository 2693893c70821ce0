namespace CivilAffairs.UnitTests.Fuzzing;

public sealed class FuzzTotalTests
{
    [Fact]
    public void The_parsers_get_a_million_generated_inputs_in_all() => Assert.True(FuzzBudget.Total >= 1_000_000, $"{FuzzBudget.Total}");
}
