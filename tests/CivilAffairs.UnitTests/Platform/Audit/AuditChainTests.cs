using CivilAffairs.Platform.Audit;

namespace CivilAffairs.UnitTests.Platform.Audit;

/// <summary>The append-only audit log is hash-chained: any edit to a row, or a removed row, shows.</summary>
public class AuditChainTests
{
    private static AuditEntry Entry(long seq = 1, string prev = AuditChain.Genesis) => new()
    {
        Seq = seq,
        AtUtc = new DateTime(2018, 11, 5, 2, 30, 15, DateTimeKind.Utc).AddTicks(1234560),
        UserName = "futian.clerk",
        Role = "street_clerk",
        Jurisdiction = "440304004",
        Action = AuditActions.Update,
        Entity = "Person",
        EntityId = "0193a8f2-0000-7000-8000-000000000001",
        Summary = "{\"Phone\":[\"139****5678\",\"137****1234\"]}",
        ClientIp = "10.0.0.8",
        PrevHash = prev,
    };

    public static TheoryData<string> Fields =>
    [
        "Seq", "AtUtc", "UserName", "Role", "Jurisdiction", "Action", "Entity", "EntityId", "Summary", "ClientIp", "PrevHash",
    ];

    private static void Change(AuditEntry e, string field)
    {
        switch (field)
        {
            case "Seq": e.Seq++; break;
            case "AtUtc": e.AtUtc = e.AtUtc.AddTicks(10); break; // one microsecond
            case "UserName": e.UserName = "futian.street"; break;
            case "Role": e.Role = "street_reviewer"; break;
            case "Jurisdiction": e.Jurisdiction = "440304"; break;
            case "Action": e.Action = AuditActions.Delete; break;
            case "Entity": e.Entity = "Household"; break;
            case "EntityId": e.EntityId = "0193a8f2-0000-7000-8000-000000000002"; break;
            case "Summary": e.Summary = "{\"Phone\":[\"139****5678\",\"137****9999\"]}"; break;
            case "ClientIp": e.ClientIp = "10.0.0.9"; break;
            case "PrevHash": e.PrevHash = new string('1', 64); break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, null);
        }
    }

    [Fact]
    public void The_hash_is_a_lower_case_SHA_256_hex_string_and_deterministic()
    {
        var hash = AuditChain.ComputeHash(Entry());

        Assert.Equal(64, hash.Length);
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, AuditChain.ComputeHash(Entry()));
        Assert.Equal(64, AuditChain.Genesis.Length);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Changing_any_recorded_field_changes_the_hash(string field)
    {
        var original = AuditChain.ComputeHash(Entry());
        var edited = Entry();

        Change(edited, field);

        Assert.NotEqual(original, AuditChain.ComputeHash(edited));
    }

    [Fact]
    public void Truncate_drops_sub_microsecond_ticks_and_marks_the_time_as_UTC()
    {
        var t = new DateTime(2018, 11, 5, 2, 30, 15, DateTimeKind.Unspecified).AddTicks(1234567);

        var truncated = AuditChain.Truncate(t);

        Assert.Equal(t.Ticks - 7, truncated.Ticks);
        Assert.Equal(DateTimeKind.Utc, truncated.Kind);
        Assert.Equal(truncated, AuditChain.Truncate(truncated));
    }

    [Fact]
    public void A_time_read_back_with_microsecond_precision_gives_the_same_hash()
    {
        var written = Entry();
        written.AtUtc = AuditChain.Truncate(written.AtUtc.AddTicks(7));
        var readBack = Entry();
        // what a database with microsecond precision returns, without a DateTimeKind
        readBack.AtUtc = DateTime.SpecifyKind(written.AtUtc, DateTimeKind.Unspecified);

        Assert.Equal(AuditChain.ComputeHash(written), AuditChain.ComputeHash(readBack));
    }

    [Fact]
    public void A_chain_of_three_entries_links_each_to_the_previous_hash_and_verifies()
    {
        var chain = BuildChain(3);

        Assert.Equal(AuditChain.Genesis, chain[0].PrevHash);
        Assert.Equal(chain[0].Hash, chain[1].PrevHash);
        Assert.Equal(chain[1].Hash, chain[2].PrevHash);
        Assert.Null(Verify(chain));
    }

    [Fact]
    public void Editing_the_middle_entry_of_a_chain_is_detected_at_that_entry()
    {
        var chain = BuildChain(3);

        chain[1].Summary = "{\"Phone\":[\"139****5678\",\"136****0000\"]}";

        Assert.Equal(2, Verify(chain));
    }

    [Fact]
    public void Rehashing_an_edited_entry_is_detected_at_the_next_entry()
    {
        var chain = BuildChain(3);

        chain[1].UserName = "someone.else";
        chain[1].Hash = AuditChain.ComputeHash(chain[1]);

        Assert.Equal(3, Verify(chain));
    }

    [Fact]
    public void Removing_an_entry_from_a_chain_is_detected()
    {
        var chain = BuildChain(3);

        chain.RemoveAt(1);

        Assert.Equal(2, Verify(chain));
    }

    private static List<AuditEntry> BuildChain(int count)
    {
        var list = new List<AuditEntry>();
        var prev = AuditChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var e = Entry(i, prev);
            e.EntityId = $"entity-{i}";
            e.Hash = AuditChain.ComputeHash(e);
            prev = e.Hash;
            list.Add(e);
        }
        return list;
    }

    /// <summary>The rules of AuditEvents.VerifyAsync over rows in memory: the first bad sequence number, or null.</summary>
    private static long? Verify(IReadOnlyList<AuditEntry> rows)
    {
        var prev = AuditChain.Genesis;
        long expected = 1;
        foreach (var r in rows)
        {
            if (r.Seq != expected || r.PrevHash != prev || AuditChain.ComputeHash(r) != r.Hash)
            {
                return expected;
            }
            prev = r.Hash;
            expected++;
        }
        return null;
    }
}
