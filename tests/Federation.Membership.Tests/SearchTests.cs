using Federation.Membership.Domain;
using Federation.Membership.Import;
using Federation.Membership.Privacy;
using Federation.Membership.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Tests;

/// <summary>Search through the member index: parts of names, numbers, emails and tags, Swedish letters intact and in Swedish order, kept in step with changes on every instance.</summary>
public sealed class SearchTests : IAsyncLifetime
{
    private TestHost host = null!;
    private HttpClient officer = null!;

    private const string Register =
        "member_number,first_name,last_name,email,joined_on,tags\n" +
        "5101,Åsa,Öberg-Ängström,asa.oberg@exempel.se,2015-03-01,\"studier,flygblad\"\n" +
        "5102,Örjan,Åkesson,orjan@exempel.se,2016-03-01,facket\n" +
        "5203,Anna Karin,Berg,ak@post.se,2017-03-01,\n" +
        "5204,Oskar,Oberg,oskar@exempel.se,2018-03-01,studier\n";

    public async Task InitializeAsync()
    {
        (host, _) = await MembershipHost.Start();
        officer = host.Client(await host.TokenFor("funktionar@solna.test", "solna", "officer"));
        (await host.In("solna", sp => sp.GetRequiredService<MemberImport>().Run(MembershipHost.Csv(Register), false))).Imported.ShouldBe(4);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private sealed record Summary(string MemberNumber);

    private sealed record PageOf(List<Summary> Items, int Total);

    private async Task<List<string>> Numbers(string query, string association = "solna") =>
        (await NumbersInListOrder(query, association)).Order().ToList();

    private async Task<List<string>> NumbersInListOrder(string query, string association = "solna") =>
        (await officer.GetFromJsonAsync<PageOf>($"/api/associations/{association}/members?{query}"))!.Items.Select(i => i.MemberNumber).ToList();

    [Theory]
    [InlineData("q=%C3%B6berg", "5101")]                 // öberg: the first half of a double name, ö is not o
    [InlineData("q=%C3%84NGSTR", "5101")]                // ÄNGSTR: the second half, upper case
    [InlineData("q=oberg", "5204")]                      // o is not ö
    [InlineData("q=%C3%A5", "5101,5102")]                // å begins Åsa and Åkesson
    [InlineData("q=karin", "5203")]                      // the second of two first names
    [InlineData("q=a", "5101,5203")]                     // Anna and ak@post.se both begin with a: 5203 once
    [InlineData("q=anna%20berg", "5203")]                // every word must match
    [InlineData("q=anna%20oberg", "")]
    [InlineData("q=52", "5203,5204")]                    // the beginning of a member number
    [InlineData("q=5102", "5102")]
    [InlineData("q=asa.ob", "5101")]                     // the beginning of an email
    [InlineData("q=ak%40post.se", "5203")]
    [InlineData("tag=studier", "5101,5204")]
    [InlineData("tag=Facket", "5102")]
    [InlineData("tag=stud", "")]                         // a tag is matched whole
    [InlineData("q=%C3%B6&tag=studier", "5101")]
    public async Task Finds_members_by_part_of_name_number_email_or_by_tag(string query, string expected) =>
        (await Numbers(query)).ShouldBe(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Terms_follow_changes_and_erasure_and_stay_in_their_association()
    {
        var changed = Register.Replace("5204,Oskar,Oberg,oskar@exempel.se,2018-03-01,studier", "5204,Oskar,Lindqvist,oskar@exempel.se,2018-03-01,klimat");
        (await host.In("solna", sp => sp.GetRequiredService<MemberImport>().Run(MembershipHost.Csv(changed), false))).Updated.ShouldBe(1);
        (await Numbers("q=oberg")).ShouldBeEmpty();
        (await Numbers("q=lindq")).ShouldBe(["5204"]);
        (await Numbers("tag=studier")).ShouldBe(["5101"]);
        (await Numbers("tag=klimat")).ShouldBe(["5204"]);

        var asa = await host.In("solna", sp => sp.GetRequiredService<MembershipDbContext>().Members.SingleAsync(m => m.MemberNumber == "5101"));
        await host.In("solna", sp => sp.GetRequiredService<MemberPrivacy>().Erase(asa.Id));
        (await Numbers("q=%C3%A5")).ShouldBe(["5102"]);
        (await Numbers("q=5101")).ShouldBeEmpty("nothing of an erased member stays searchable");
        (await Numbers("q=asa.oberg")).ShouldBeEmpty();

        var sundbyberg = host.Client(await host.TokenFor("funktionar@sundbyberg.test", "sundbyberg", "officer"));
        (await sundbyberg.GetFromJsonAsync<PageOf>("/api/associations/sundbyberg/members?q=%C3%B6rjan"))!.Total.ShouldBe(0);
    }

    [Fact]
    public async Task The_list_is_in_Swedish_alphabetical_order_and_pages_keep_it()
    {
        // Berg, Oberg, then Å, Ä, Ö after Z as in the Swedish alphabet (not Ä before Å as in code-point order).
        (await NumbersInListOrder("")).ShouldBe(["5203", "5204", "5102", "5101"]);
        (await NumbersInListOrder("pageSize=1&page=3")).ShouldBe(["5102"]);
        var page = (await officer.GetFromJsonAsync<PageOf>("/api/associations/solna/members?pageSize=1&page=3&tag=studier"))!;
        (page.Items.Count, page.Total).ShouldBe((0, 2));
    }

    [Fact]
    public async Task A_change_through_another_instance_of_the_host_is_seen_by_the_next_search()
    {
        (await Numbers("q=oberg")).ShouldBe(["5204"]); // this instance has built its index
        await using var other = await TestHost.Start(dataDirectory: host.DataDirectory);
        var changed = Register.Replace("5204,Oskar,Oberg,", "5204,Oskar,Lindqvist,") + "5305,Nora,Oberstad,nora@exempel.se,2019-03-01,\n";
        var result = await other.In("solna", sp => sp.GetRequiredService<MemberImport>().Run(MembershipHost.Csv(changed), false));
        (result.Imported, result.Updated).ShouldBe((1, 1));
        (await Numbers("q=ober")).ShouldBe(["5305"]);
        (await Numbers("q=lindq")).ShouldBe(["5204"]);
    }
}
