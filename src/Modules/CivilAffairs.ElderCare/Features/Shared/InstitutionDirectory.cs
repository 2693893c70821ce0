using CivilAffairs.Contracts.Institutions;
using CivilAffairs.ElderCare.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Shared;

/// <summary>Lets account administration tie a 机构人员 account to an elderly-care institution (the caller's filters apply).</summary>
internal sealed class InstitutionDirectory(ElderCareDb db) : IInstitutionDirectory
{
    public async Task<InstitutionRef?> FindAsync(string code, CancellationToken ct = default)
    {
        var c = (code ?? "").Trim().ToUpperInvariant();
        return await db.Institutions.AsNoTracking().Where(i => i.Code == c)
            .Select(i => new InstitutionRef(i.Code, i.Name, i.DivisionCode, "eldercare")).FirstOrDefaultAsync(ct);
    }
}
