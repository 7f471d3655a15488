using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Studies.Storage;

namespace Federation.Studies.Domain;

/// <summary>
/// When someone joins, tip them the district's new-member course. Only new members: a register
/// imported with years of history must not tip everyone who joined long ago.
/// </summary>
internal sealed class SuggestNewMemberCourse(StudiesDbContext db, TimeProvider clock) : IIntegrationEventHandler<MemberJoined>
{
    public static readonly TimeSpan NewFor = TimeSpan.FromDays(90);

    public Task Handle(MemberJoined message, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        if (message.JoinedOn < today.AddDays(-NewFor.Days)) return Task.CompletedTask;
        db.CourseSuggestions.Add(new CourseSuggestion
        {
            Id = Guid.NewGuid(),
            MemberId = message.MemberId,
            Course = CourseSuggestion.NewMemberCourse,
            SuggestedAt = DateTime.UtcNow,
        });
        return Task.CompletedTask;
    }
}
