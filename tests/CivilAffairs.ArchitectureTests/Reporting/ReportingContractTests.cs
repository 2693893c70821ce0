using CivilAffairs.ArchitectureTests.Infrastructure;
using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.ArchitectureTests.Reporting;

/// <summary>
/// Statistics come only from the views modules publish: every line of work publishes some, and the
/// Reporting module reads nothing else (it references no module, so it cannot touch their tables
/// through their DbContexts).
/// </summary>
public sealed class ReportingContractTests
{
    [Fact]
    public void Every_module_but_Reporting_publishes_reporting_views_and_metrics()
    {
        var publishers = Solution.Modules
            .Where(a => a.GetName().Name != "CivilAffairs.Reporting")
            .Select(a => (Module: a.GetName().Name!, Sources: Solution.WrittenTypes(a).Where(t => typeof(IReportingSource).IsAssignableFrom(t) && !t.IsAbstract).ToList()))
            .ToList();
        Assert.All(publishers, p => Assert.True(p.Sources.Count > 0, $"{p.Module} publishes no IReportingSource"));
        foreach (var type in publishers.SelectMany(p => p.Sources))
        {
            var source = (IReportingSource)Activator.CreateInstance(type, nonPublic: true)!;
            Assert.NotEmpty(source.Views);
            Assert.NotEmpty(source.Metrics);
            Assert.All(source.Views, v => Assert.StartsWith(source.Module + "_", v.Name));
            Assert.All(source.Metrics, m => Assert.StartsWith(source.Module + ".", m.Key));
            // views are row-level projections: no personal columns in the drill-down lists
            Assert.All(source.Views.SelectMany(v => v.Columns), c => Assert.DoesNotMatch("(^name$|id_number|phone|address)", c.Name));
        }
    }

    [Fact]
    public void Reporting_references_no_other_module()
    {
        var reporting = Solution.Modules.Single(a => a.GetName().Name == "CivilAffairs.Reporting");
        var referenced = reporting.GetReferencedAssemblies().Select(a => a.Name!).Where(Solution.ModuleNames.Contains).ToList();
        Assert.Empty(referenced);
    }
}
