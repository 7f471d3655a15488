using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Studies.Contracts;
using Federation.Studies.Storage;

namespace Federation.Studies.Domain;

/// <summary>
/// When someone joins, tip them the district's new-member course. Only new members: a register
/// imported with years of history must not tip everyone who joined long ago. <see cref="CourseSuggested"/>
/// tells membership, whose onboarding checklist has a "course tip" step.
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
        db.Publish(new CourseSuggested(message.AssociationId, message.MemberId, CourseSuggestion.NewMemberCourse));
        return Task.CompletedTask;
    }
}
