using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.ArchitectureTests.Infrastructure;

/// <summary>The product's assemblies, found by name in the test output (the host brings every module).</summary>
internal static class Solution
{
    public const string PlatformName = "CivilAffairs.Platform";
    public const string ContractsName = "CivilAffairs.Contracts";
    public const string WebName = "CivilAffairs.Web";

    private static readonly string[] NotModules = [PlatformName, ContractsName, WebName, typeof(Solution).Assembly.GetName().Name!];

    private static readonly Lazy<IReadOnlyList<Assembly>> All = new(() =>
    {
        // make sure the host (and through it every module) is loaded, then read what lies beside us
        _ = typeof(Program).Assembly;
        return Directory.GetFiles(AppContext.BaseDirectory, "CivilAffairs.*.dll")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Where(n => n != typeof(Solution).Assembly.GetName().Name)
            .Select(n => Assembly.Load(new AssemblyName(n)))
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
            .ToList();
    });

    public static Assembly Platform => ByName(PlatformName);

    public static Assembly Contracts => ByName(ContractsName);

    /// <summary>CivilAffairs.X assemblies that are neither Platform, Contracts nor the host: the modules.</summary>
    public static IReadOnlyList<Assembly> Modules =>
        All.Value.Where(a => a.GetName().Name!.StartsWith("CivilAffairs.", StringComparison.Ordinal)
            && !NotModules.Contains(a.GetName().Name)).ToList();

    public static IReadOnlySet<string> ModuleNames => Modules.Select(a => a.GetName().Name!).ToHashSet(StringComparer.Ordinal);

    /// <summary>Platform and every module: the assemblies that own a DbContext.</summary>
    public static IReadOnlyList<Assembly> DataOwners => [Platform, .. Modules];

    private static Assembly ByName(string name) =>
        All.Value.SingleOrDefault(a => a.GetName().Name == name) ?? throw new InvalidOperationException($"{name}.dll is not in the test output");

    public static bool IsCompilerGenerated(Type t) =>
        t.Name.Contains('<', StringComparison.Ordinal) || t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false);

    /// <summary>Types a maintainer wrote (no closures, no embedded nullable attributes, no Razor helpers).</summary>
    public static IEnumerable<Type> WrittenTypes(Assembly a) =>
        a.GetTypes().Where(t => !IsCompilerGenerated(t) && (t.DeclaringType is null || !IsCompilerGenerated(t.DeclaringType)));

    public static bool IsRecord(Type t) =>
        t.IsClass
            ? t.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null
            : t.IsValueType && t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is { } m
                && m.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false);

    public static string Describe(Type t) => t.FullName ?? t.Name;
}

/// <summary>A design-time factory (what `dotnet ef` uses): builds a context without a host or a database.</summary>
internal sealed record DesignTimeContext(Type FactoryType, Type ContextType)
{
    public static IReadOnlyList<DesignTimeContext> All { get; } = Solution.DataOwners
        .SelectMany(a => a.GetTypes())
        .Where(t => t is { IsClass: true, IsAbstract: false })
        .SelectMany(t => t.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>))
            .Select(i => new DesignTimeContext(t, i.GetGenericArguments()[0])))
        .OrderBy(c => c.ContextType.FullName, StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var c in All)
            {
                data.Add(c.ContextType.Name);
            }
            return data;
        }
    }

    public static DesignTimeContext Named(string contextName) => All.Single(c => c.ContextType.Name == contextName);

    public DbContext Create()
    {
        var factory = Activator.CreateInstance(FactoryType, nonPublic: true)!;
        var method = typeof(IDesignTimeDbContextFactory<>).MakeGenericType(ContextType).GetMethod("CreateDbContext")!;
        return (DbContext)method.Invoke(factory, [Array.Empty<string>()])!;
    }

    /// <summary>
    /// The schema the context declares: ModuleDbContext's protected Schema property, or PlatformDb's
    /// Schema constant.
    /// </summary>
    public static string DeclaredSchema(DbContext context)
    {
        var type = context.GetType();
        if (type.GetProperty("Schema", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic) is { PropertyType: var pt } p
            && pt == typeof(string))
        {
            return (string)p.GetValue(context)!;
        }
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.GetField("Schema", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly) is { IsLiteral: true } f)
            {
                return (string)f.GetRawConstantValue()!;
            }
        }
        throw new InvalidOperationException($"{type.Name} declares no schema");
    }
}
