using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Federation.Board.Domain;

/// <summary>
/// One in-process broadcaster per meeting: the state is rendered once per change (<see cref="SpeakerBoardRenderer"/>)
/// and handed to every connection following the meeting, which only writes it out. A slow phone never holds up the
/// others: each connection keeps only the newest frame it has not sent yet. Rooms are keyed by association and
/// meeting, so no connection ever sees another association's list.
/// </summary>
internal sealed class SpeakerLive
{
    private readonly ConcurrentDictionary<(string Association, Guid Meeting), Room> rooms = new();

    public void Publish(string associationId, Guid meetingId, SpeakerFrame frame) => rooms.GetOrAdd((associationId, meetingId), _ => new()).Publish(frame);

    /// <summary>Follows a meeting; the subscription starts with the newest frame, if any was published.</summary>
    public Subscription Subscribe(string associationId, Guid meetingId) => rooms.GetOrAdd((associationId, meetingId), _ => new()).Subscribe();

    private sealed class Room
    {
        private readonly List<Channel<SpeakerFrame>> followers = [];
        private SpeakerFrame? latest;

        public void Publish(SpeakerFrame frame)
        {
            lock (followers)
            {
                if (latest is not null && frame.Version < latest.Version) return;
                latest = frame;
                foreach (var follower in followers) follower.Writer.TryWrite(frame);
            }
        }

        public Subscription Subscribe()
        {
            var channel = Channel.CreateBounded<SpeakerFrame>(new BoundedChannelOptions(1)
            {
                FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, SingleWriter = false,
            });
            lock (followers)
            {
                followers.Add(channel);
                if (latest is not null) channel.Writer.TryWrite(latest);
            }
            return new Subscription(channel.Reader, latest is not null, () => { lock (followers) followers.Remove(channel); });
        }
    }

    public sealed class Subscription(ChannelReader<SpeakerFrame> frames, bool primed, Action leave) : IDisposable
    {
        public ChannelReader<SpeakerFrame> Frames { get; } = frames;

        /// <summary>False when nothing was published for the meeting since the server started: the caller publishes it.</summary>
        public bool Primed { get; } = primed;

        public void Dispose() => leave();
    }
}

/// <summary>One state of a speaker list, rendered for each view and language: key "view:sv" or "view:en".</summary>
internal sealed record SpeakerFrame(int Version, IReadOnlyDictionary<string, string> Html)
{
    public string For(string view, bool english) => Html.GetValueOrDefault($"{view}:{(english ? "en" : "sv")}") ?? Html[$"{SpeakerViews.Phone}:sv"];
}

internal static class SpeakerViews
{
    public const string Phone = "phone";
    public const string Projector = "projector";
    public const string Control = "control";
    public static readonly IReadOnlyList<string> All = [Phone, Projector, Control];
}
