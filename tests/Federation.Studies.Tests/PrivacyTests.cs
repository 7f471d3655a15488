using System.Text.Json;

namespace Federation.Studies.Tests;

/// <summary>A member's studies data is part of the download membership gives them (GDPR art. 15).</summary>
public sealed class PrivacyTests
{
    [Fact]
    public async Task The_members_own_download_holds_their_sign_ups_and_course_tips()
    {
        await using var host = await StudiesHost.Start();
        var district = await host.Organiser("storstockholm");
        var course = await district.Course("storstockholm", "Helgkurs för nya medlemmar", "new-member");
        var occasion = await district.Occasion("storstockholm", course.Id, 10, new DateTime(2026, 12, 5, 10, 0, 0));
        var (member, _) = await host.Member("solna", "9001");
        (await member.SignUp("solna", occasion.Id)).EnsureSuccessStatusCode();
        await host.Host.Deliver(); // the course tip for a member who joined today

        var download = await member.GetFromJsonAsync<JsonElement>("/api/associations/solna/me");
        var studies = download.GetProperty("modules").GetProperty("studies");
        var signUp = studies.GetProperty("signUps").EnumerateArray().Single();
        signUp.GetProperty("occasion").GetProperty("course").GetProperty("title").GetString().ShouldBe("Helgkurs för nya medlemmar");
        signUp.GetProperty("status").GetString().ShouldBe("confirmed");
        studies.GetProperty("courseTips").GetArrayLength().ShouldBe(1);
    }
}
