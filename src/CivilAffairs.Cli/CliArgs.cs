namespace CivilAffairs.Cli;

/// <summary>A command line the user got wrong: usage text and exit code 2, never a stack trace.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>
/// The command line split three ways: command words and files, the command's own options, and
/// everything else as configuration (--Database:Provider=PostgreSQL), so the CLI reads exactly the
/// settings the web host reads.
/// </summary>
internal sealed class CliArgs
{
    /// <summary>Options that take a value; any other "--name value" would be ambiguous with configuration.</summary>
    private static readonly HashSet<string> ValueOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        "user", "name", "role", "jurisdiction", "password", "report", "year",
    };

    private static readonly HashSet<string> FlagOptions = new(StringComparer.OrdinalIgnoreCase) { "demo", "help" };

    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _flags = new(StringComparer.OrdinalIgnoreCase);

    private CliArgs()
    {
    }

    public List<string> Words { get; } = [];

    /// <summary>In the standard "--Key=Value" form, for Host.CreateApplicationBuilder.</summary>
    public List<string> Configuration { get; } = [];

    public bool Help => _flags.Contains("help");

    public static CliArgs Parse(IReadOnlyList<string> args)
    {
        var result = new CliArgs();
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a is "-h" or "-?" or "/?")
            {
                result._flags.Add("help");
                continue;
            }
            if (!a.StartsWith("--", StringComparison.Ordinal) || a.Length == 2)
            {
                result.Words.Add(a);
                continue;
            }
            var eq = a.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? a[2..] : a[2..eq];
            string? inline = eq < 0 ? null : a[(eq + 1)..];
            if (FlagOptions.Contains(name) && inline is null)
            {
                result._flags.Add(name);
            }
            else if (ValueOptions.Contains(name))
            {
                result._options[name] = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"--{name} 缺少取值"));
            }
            else if (inline is not null)
            {
                result.Configuration.Add($"--{name}={inline}");
            }
            else if (name.Contains(':', StringComparison.Ordinal) && i + 1 < args.Count)
            {
                // "--Database:Provider PostgreSQL": a section key is configuration, never an option of ours
                result.Configuration.Add($"--{name}={args[++i]}");
            }
            else
            {
                throw new UsageException($"未知选项 --{name}");
            }
        }
        return result;
    }

    public string? Option(string name) => _options.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    public bool Flag(string name) => _flags.Contains(name);

    public string Require(string name) => Option(name) ?? throw new UsageException($"缺少必填选项 --{name}");

    /// <summary>Options given but meaningless for the command are refused rather than silently ignored.</summary>
    public void AllowOnly(params string[] names)
    {
        var stray = _options.Keys.Concat(_flags.Where(f => f != "help")).FirstOrDefault(k => !names.Contains(k, StringComparer.OrdinalIgnoreCase));
        if (stray is not null)
        {
            throw new UsageException($"此命令不支持选项 --{stray}");
        }
    }
}
