using Federation.Membership.Domain;
using Federation.Membership.Import;
using Federation.Membership.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Tests;

/// <summary>The central register's CSV: idempotent, change-detecting, rejecting bad rows one by one.</summary>
public sealed class ImportTests : IAsyncLifetime
{
    private TestHost host = null!;

    private const string File1 =
        "member_number,first_name,last_name,email,phone,street,postal_code,city,birth_year,gender,joined_on\n" +
        "1001,Åsa,Öberg,asa@exempel.se,070-123 45 67,Storgatan 1,171 45,Solna,1980,kvinna,2020-03-01\n" +
        "1002,Jörgen,Ängström,jorgen@exempel.se,0701112233,Råsundavägen 2,16951,Solna,1975,man,2019-01-15\n" +
        "1003,Kim,Lind,,,,,,,,2021-06-30\n";

    public async Task InitializeAsync() => (host, _) = await MembershipHost.Start();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private Task<ImportResult> Import(string text, string association = "solna", bool dryRun = false, bool bom = false) =>
        host.In(association, sp => sp.GetRequiredService<MemberImport>().Run(MembershipHost.Csv(text, bom), dryRun));

    private Task<List<Member>> Members(string association = "solna") =>
        host.In(association, sp => sp.GetRequiredService<MembershipDbContext>().Members.AsNoTracking().OrderBy(m => m.MemberNumber).ToListAsync());

    private Task<List<AccessEntry>> Log(string association = "solna") =>
        host.In(association, sp => sp.GetRequiredService<MembershipDbContext>().AccessLog.AsNoTracking().ToListAsync());

    [Fact]
    public async Task Re_importing_the_same_file_changes_nothing()
    {
        var first = await Import(File1);
        (first.Imported, first.Updated, first.Unchanged, first.Rejected.Count).ShouldBe((3, 0, 0, 0));
        var before = await Members();
        var logged = (await Log()).Count;

        var again = await Import(File1);

        (again.Imported, again.Updated, again.Unchanged, again.Rejected.Count).ShouldBe((0, 0, 3, 0));
        (await Members()).Select(m => (m.Id, m.Email, m.UpdatedAt)).ShouldBe(before.Select(m => (m.Id, m.Email, m.UpdatedAt)));
        (await Log()).Count.ShouldBe(logged, "an unchanged row writes nothing, not even a log entry");
    }

    [Fact]
    public async Task A_changed_row_updates_the_member_and_records_what_changed()
    {
        await Import(File1);
        var changed = File1.Replace("asa@exempel.se", "asa.oberg@exempel.se").Replace("171 45,Solna", "171 45,Solna stad");

        var result = await Import(changed);

        (result.Imported, result.Updated, result.Unchanged).ShouldBe((0, 1, 2));
        var change = result.Changes.ShouldHaveSingleItem();
        (change.Line, change.MemberNumber).ShouldBe((2, "1001"));
        change.Fields.ShouldBe(["email", "city"]);
        var asa = (await Members()).Single(m => m.MemberNumber == "1001");
        (asa.Email, asa.City).ShouldBe(("asa.oberg@exempel.se", "Solna stad"));
        var entry = (await Log()).Single(e => e.Action == "import");
        (entry.MemberId, entry.Fields, entry.Actor).ShouldBe((asa.Id, "email,city", "system"));
    }

    [Fact]
    public async Task Bad_rows_are_rejected_with_line_and_reason_and_nothing_valid_is_lost()
    {
        await Import(File1);
        var file =
            "member_number;email;first_name;last_name;joined_on;phone;postal_code\n" +
            ";x@exempel.se;Utan;Nummer;2024-01-01;;\n" +                   // line 2
            "2001;inte-en-adress;Bo;Ek;2024-01-01;;\n" +                  // line 3
            "2002;bo@exempel.se;Bo;Ek;2024-01-01;ring mig;\n" +           // line 4
            "2003;cy@exempel.se;Cy;Al;2024-01-01;;1714\n" +               // line 5
            "2004;di@exempel.se;Di;Ås;2024-01-01;08-123 456;123 45\n" +   // line 6: valid
            "2004;di2@exempel.se;Di;Ås;2024-01-01;;\n" +                  // line 7: duplicate
            "1001;asa@trasig;Åsa;Öberg;2020-03-01;;\n" +                  // line 8: bad update of a stored member
            "2005;ek@exempel.se;Ek;Al;2024-13-01;;\n";                    // line 9

        var result = await Import(file);

        result.Imported.ShouldBe(1);
        result.Rejected.Select(r => r.Line).ShouldBe([2, 3, 4, 5, 7, 8, 9]);
        result.Rejected[0].Reason.ShouldBe("medlemsnummer saknas");
        result.Rejected[1].Reason.ShouldContain("”inte-en-adress” är ingen giltig e-postadress");
        result.Rejected[2].Reason.ShouldContain("”ring mig” är inget giltigt telefonnummer");
        result.Rejected[3].Reason.ShouldContain("”1714” är inget svenskt postnummer");
        result.Rejected[4].Reason.ShouldBe("medlemsnummer 2004 finns redan på rad 6");
        result.Rejected[5].Reason.ShouldContain("”asa@trasig” är ingen giltig e-postadress");
        result.Rejected[6].Reason.ShouldContain("joined_on ”2024-13-01” är inget datum");
        var members = await Members();
        members.Select(m => m.MemberNumber).ShouldBe(["1001", "1002", "1003", "2004"]);
        members[0].Email.ShouldBe("asa@exempel.se", "the stored member is untouched by a rejected row");
        (members[3].Email, members[3].PostalCode, members[3].PostalArea, members[3].Phone).ShouldBe(("di@exempel.se", "12345", "123", "08123456"));
    }

    [Fact]
    public async Task Swedish_characters_survive_a_semicolon_file_with_bom_and_columns_in_any_order()
    {
        var file = "Efternamn;joined_on;last_name;first_name;member_number;city;gender\n" +
                   "x;2025-02-01;Åkesson-Ödmark;Märta;3001;Älvsjö;Icke-binär\n";

        var result = await Import(file, "alvsjo-hagersten", bom: true);

        result.Imported.ShouldBe(1);
        result.UnknownColumns.ShouldBe(["efternamn"]);
        var m = (await Members("alvsjo-hagersten")).ShouldHaveSingleItem();
        (m.FirstName, m.LastName, m.City, m.GenderSelfDescribed, m.Gender).ShouldBe(("Märta", "Åkesson-Ödmark", "Älvsjö", "Icke-binär", Gender.NonBinary));
    }

    [Fact]
    public async Task A_dry_run_reports_but_saves_nothing()
    {
        var result = await Import(File1, dryRun: true);

        (result.DryRun, result.Imported).ShouldBe((true, 3));
        (await Members()).ShouldBeEmpty();
        (await Log()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Imports_are_kept_apart_per_association()
    {
        await Import(File1, "solna");
        await Import(File1.Replace("Solna", "Sundbyberg"), "sundbyberg");

        (await Members("solna")).Select(m => m.City).ShouldAllBe(c => c == null || c == "Solna");
        (await Members("sundbyberg")).Count.ShouldBe(3);
        (await Members("alvsjo-hagersten")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_without_member_number_column_is_refused_as_a_whole()
    {
        var e = await Should.ThrowAsync<MemberCsvException>(() => Import("first_name,last_name\nA,B\n"));
        e.Message.ShouldContain("ingen kolumn member_number");
    }
}
