namespace CivilAffairs.ChildWelfare.Seeding;

internal sealed partial class ChildWelfareDemoSeeder
{
    private partial Task SeedRunsAsync(CancellationToken ct) => Task.CompletedTask;
}
