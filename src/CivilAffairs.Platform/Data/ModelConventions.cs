using System.Text;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Platform.Data;

/// <summary>
/// One schema per module on PostgreSQL; SQLite has no schemas, so the schema becomes a
/// table-name prefix there (registry.persons → registry_persons). Names are snake_case so
/// that hand-written SQL (reporting views, audit) reads naturally on both.
/// </summary>
public static class ModelConventions
{
    public static void Apply(ModelBuilder modelBuilder, string schema, bool isSqlite)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.IsOwned() && entity.GetTableName() == entity.FindOwnership()?.PrincipalEntityType.GetTableName())
            {
                continue;
            }
            var table = ToSnake(entity.GetTableName() ?? entity.ClrType.Name);
            if (table.StartsWith("asp_net_", StringComparison.Ordinal))
            {
                table = table["asp_net_".Length..];
            }
            if (isSqlite)
            {
                entity.SetSchema(null);
                entity.SetTableName($"{schema}_{table}");
            }
            else
            {
                entity.SetSchema(schema);
                entity.SetTableName(table);
            }
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnake(property.GetColumnName()));
            }
        }
    }

    public static string TableName(string schema, string table, bool isSqlite) =>
        isSqlite ? $"\"{schema}_{table}\"" : $"\"{schema}\".\"{table}\"";

    public static string ToSnake(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    sb.Append('_');
                }
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
