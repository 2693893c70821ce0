namespace CivilAffairs.Platform.Audit;

/// <summary>
/// One row of the append-only, hash-chained audit log. Rows are only ever inserted (a trigger
/// refuses UPDATE and DELETE); each row's hash covers its fields and the previous row's hash.
/// </summary>
[NotAudited]
public sealed class AuditEntry
{
    public long Seq { get; set; }

    public DateTime AtUtc { get; set; }

    public string UserName { get; set; } = "";

    public string Role { get; set; } = "";

    public string Jurisdiction { get; set; } = "";

    /// <summary>create, update, delete, login, login_failed, logout, reveal_id, export, ...</summary>
    public string Action { get; set; } = "";

    public string Entity { get; set; } = "";

    public string? EntityId { get; set; }

    /// <summary>JSON with before/after values; personal data is masked before it gets here.</summary>
    public string? Summary { get; set; }

    public string? ClientIp { get; set; }

    public string PrevHash { get; set; } = "";

    public string Hash { get; set; } = "";
}

public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Login = "login";
    public const string LoginFailed = "login_failed";
    public const string Logout = "logout";
    public const string RevealId = "reveal_id";
    public const string Export = "export";
    public const string Import = "import";

    public static string DisplayName(string action) => action switch
    {
        Create => "新增",
        Update => "修改",
        Delete => "删除",
        Login => "登录成功",
        LoginFailed => "登录失败",
        Logout => "退出",
        RevealId => "查看完整证件号",
        Export => "导出",
        Import => "导入",
        _ => action,
    };
}

/// <summary>Per-request facts the audit trail records besides the user (set by middleware).</summary>
public sealed class AuditContext
{
    public string? ClientIp { get; set; }

    /// <summary>
    /// Who acts while nobody is signed in yet: a login's own updates (failed-attempt counter,
    /// lockout) are the logging-in user's, not "anonymous".
    /// </summary>
    public string? ActorOverride { get; set; }
}
