namespace Federation.Activities.Tests;

/// <summary>Seed 003's district-wide days reach an association that turns the activities module on later.</summary>
public sealed class DistrictDaysTests
{
    private static Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder> Tyreso(bool activities) => b =>
    {
        b.Configuration["Associations:5:Id"] = "tyreso";
        b.Configuration["Associations:5:Name"] = "Vänsterpartiet Tyresö";
        b.Configuration["Associations:5:Modules:0"] = "membership";
        if (activities) b.Configuration["Associations:5:Modules:1"] = "activities";
    };

    [Fact]
    public async Task Days_published_before_the_module_was_on_appear_in_the_calendar_and_feed_and_follow_later_edits()
    {
        var data = TestHost.NewDataDirectory();
        try
        {
            Guid dayId;
            await using (var before = await TestHost.Start(Tyreso(activities: false), data))
            {
                var district = before.Client(await before.TokenFor("styrelse@storstockholm.test", "storstockholm", "board"));
                dayId = (await district.Create("storstockholm", Calendars.Activity("Första maj", "district-event", "2027-05-01T11:00", "2027-05-01T15:00", districtWide: true))).Id;
                var tyreso = before.Client(await before.TokenFor("styrelse@tyreso.test", "tyreso", "board"));
                (await tyreso.GetAsync("/api/associations/tyreso/activities")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            }

            await using var after = await TestHost.Start(Tyreso(activities: true), data);
            var board = after.Client(await after.TokenFor("styrelse@tyreso.test", "tyreso", "board"));
            Forms.Visible(await board.GetStringAsync("/a/tyreso/activities?view=month&month=2027-05")).ShouldContain("11:00 Första maj");
            var copy = (await board.List("tyreso")).ShouldHaveSingleItem("read twice, copied once");
            copy.CalendarId.ShouldBe(dayId);
            copy.DistrictWide.ShouldBeTrue();

            var office = after.Client(await after.TokenFor("styrelse@storstockholm.test", "storstockholm", "board"));
            (await office.PutAsJsonAsync($"/api/associations/storstockholm/activities/{dayId}",
                Calendars.Activity("Första maj – demonstration", "district-event", "2027-05-01T12:00", "2027-05-01T16:00", districtWide: true))).StatusCode.ShouldBe(HttpStatusCode.OK);
            var moved = (await board.List("tyreso")).ShouldHaveSingleItem();
            moved.Title.ShouldBe("Första maj – demonstration");
            moved.Start.Hour.ShouldBe(12);
        }
        finally
        {
            TestHost.TryDelete(data);
        }
    }
}
