using CivilAffairs.ArchitectureTests.Infrastructure;

namespace CivilAffairs.ArchitectureTests.Modules;

/// <summary>"Modules meet through Contracts": no module compiles against another, nor against the host.</summary>
public class ModuleReferenceTests
{
    private static IEnumerable<string> CivilAffairsReferences(System.Reflection.Assembly a) =>
        a.GetReferencedAssemblies().Select(r => r.Name!).Where(n => n.StartsWith("CivilAffairs.", StringComparison.Ordinal));

    [Fact]
    public void The_modules_are_found_in_the_hosts_output()
    {
        // guards the tests below against passing because nothing was found
        Assert.Contains("CivilAffairs.Registry", Solution.ModuleNames);
        Assert.DoesNotContain(Solution.PlatformName, Solution.ModuleNames);
        Assert.DoesNotContain(Solution.ContractsName, Solution.ModuleNames);
        Assert.DoesNotContain(Solution.WebName, Solution.ModuleNames);
    }

    [Fact]
    public void No_module_references_another_module_or_the_host()
    {
        var violations = Solution.Modules
            .SelectMany(m => CivilAffairsReferences(m)
                .Where(r => r == Solution.WebName || (Solution.ModuleNames.Contains(r) && r != m.GetName().Name))
                .Select(r => $"{m.GetName().Name} → {r}"))
            .ToList();

        Assert.True(violations.Count == 0, "Modules must meet only through CivilAffairs.Contracts:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Platform_references_no_module_and_not_the_host()
    {
        var references = CivilAffairsReferences(Solution.Platform).ToList();

        var violations = references.Where(r => Solution.ModuleNames.Contains(r) || r == Solution.WebName).ToList();

        Assert.True(violations.Count == 0, "CivilAffairs.Platform must not depend on: " + string.Join(", ", violations));
    }

    [Fact]
    public void Contracts_references_neither_Platform_nor_any_module()
    {
        var references = CivilAffairsReferences(Solution.Contracts).ToList();

        Assert.True(references.Count == 0, "CivilAffairs.Contracts must stand alone but references: " + string.Join(", ", references));
    }
}
