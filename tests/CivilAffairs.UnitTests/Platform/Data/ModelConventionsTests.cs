using CivilAffairs.Platform.Data;

namespace CivilAffairs.UnitTests.Platform.Data;

/// <summary>snake_case names, so that hand-written SQL (reporting views, audit) reads the same on both databases.</summary>
public class ModelConventionsTests
{
    [Theory]
    [InlineData("DivisionCode", "division_code")]
    [InlineData("AtUtc", "at_utc")]
    [InlineData("IdNumber", "id_number")]
    [InlineData("PasswordHash", "password_hash")]
    [InlineData("NormalizedUserName", "normalized_user_name")]
    [InlineData("AspNetUsers", "asp_net_users")]
    [InlineData("Seq", "seq")]
    [InlineData("HTTPStatus", "http_status")]
    [InlineData("audit_log", "audit_log")]
    [InlineData("Already_Snake", "already_snake")]
    public void ToSnake_turns_PascalCase_into_snake_case(string name, string expected)
    {
        Assert.Equal(expected, ModelConventions.ToSnake(name));
    }

    [Fact]
    public void Table_names_in_raw_SQL_use_a_schema_on_PostgreSQL_and_a_prefix_on_SQLite()
    {
        Assert.Equal("\"platform\".\"audit_log\"", ModelConventions.TableName("platform", "audit_log", isSqlite: false));
        Assert.Equal("\"platform_audit_log\"", ModelConventions.TableName("platform", "audit_log", isSqlite: true));
    }
}
