namespace CivilAffairs.Platform.Identity;

/// <summary>The 等保 level-3 profile; every number is configurable under "Security".</summary>
public sealed class SecurityOptions
{
    public int PasswordMinLength { get; set; } = 8;

    public int LockoutAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 10;

    public int IdleTimeoutMinutes { get; set; } = 30;

    public int TokenMinutes { get; set; } = 30;

    /// <summary>New accounts must change the password given to them (off for demo accounts in demo mode).</summary>
    public bool ForcePasswordChange { get; set; } = true;

    /// <summary>Login and token requests allowed per client address per minute.</summary>
    public int LoginRequestsPerMinute { get; set; } = 20;
}
