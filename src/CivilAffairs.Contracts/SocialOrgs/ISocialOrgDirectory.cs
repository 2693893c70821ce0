namespace CivilAffairs.Contracts.SocialOrgs;

/// <summary>
/// A registered social organization as other modules see it. Everything here is on the public
/// register (name, code, type, status); no personal data.
/// </summary>
/// <param name="CreditCode">统一社会信用代码 (GB 32100).</param>
/// <param name="Type">SocialGroup (社会团体), ServiceOrg (社会服务机构/民办非企业单位) or Foundation (基金会).</param>
/// <param name="IsCharitable">Recognised as a 慈善组织 (charity law art. 10).</param>
/// <param name="PublicFundraising">Holds public-fundraising status (公开募捐资格).</param>
/// <param name="DivisionCode">Where it is located (street or community).</param>
/// <param name="Active">Registered and not deregistered or revoked.</param>
public sealed record SocialOrgRef(Guid Id, string CreditCode, string Name, string Type, string TypeName, bool IsCharitable, bool PublicFundraising,
    string DivisionCode, bool Active);

/// <summary>The social-organization register, read by other modules (charity: recipients of donations and grants).</summary>
public interface ISocialOrgDirectory
{
    /// <summary>The organization with this credit code (any jurisdiction: the register is public), or null.</summary>
    Task<SocialOrgRef?> FindAsync(string creditCode, CancellationToken ct = default);

    /// <summary>Active organizations recognised as charitable, by name.</summary>
    Task<IReadOnlyList<SocialOrgRef>> CharitableAsync(CancellationToken ct = default);

    /// <summary>Active organizations whose name or code contains the text, at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<SocialOrgRef>> SearchAsync(string text, int take, CancellationToken ct = default);
}
