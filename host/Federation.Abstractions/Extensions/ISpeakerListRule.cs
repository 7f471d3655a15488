namespace Federation.Extensions;

/// <summary>
/// How an association orders ordinary speeches on a meeting's speaker list (talarlista). Points of order and
/// replies always go first; without a plugin, speeches keep the order they were asked for.
/// </summary>
public interface ISpeakerListRule : IExtensionPoint
{
    /// <summary>The order at a meeting of <paramref name="meetingType"/> (an <see cref="ActivityTypes"/> id) in <paramref name="year"/>.</summary>
    SpeakerListOrder Order(string meetingType, int year);
}

/// <summary>
/// <paramref name="FirstTimeSpeakersFirst"/>: those who have not yet held a speech at the meeting go ahead of those who
/// have (as VoteIT does). <paramref name="AlternateWomenAndNonBinary"/>: after a speech by someone who is not a woman or
/// non-binary, the next speech goes to the first woman or non-binary person waiting (an alternating list, "varannan").
/// </summary>
public sealed record SpeakerListOrder(bool FirstTimeSpeakersFirst, bool AlternateWomenAndNonBinary)
{
    public static readonly SpeakerListOrder Default = new(false, false);
}
