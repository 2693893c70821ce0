using Microsoft.AspNetCore.Identity;

namespace CivilAffairs.Platform.Identity;

/// <summary>A staff account. Its jurisdiction is a division code; all it sees lies below it.</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>Natural-length division code (4403, 440304, 440304004, ...).</summary>
    public string Jurisdiction { get; set; } = "";

    /// <summary>For institution staff: the institution's identifier in its module.</summary>
    public string? Organization { get; set; }

    public bool MustChangePassword { get; set; }

    public bool IsDisabled { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

public sealed class StaffRole : IdentityRole<Guid>
{
    public string DisplayName { get; set; } = "";
}
