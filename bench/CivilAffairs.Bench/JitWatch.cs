using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

/// <summary>Diagnostics only (CA_BENCH_SQL=jit): which methods the JIT compiles while the bench runs.</summary>
internal sealed class JitWatch : EventListener
{
    public ConcurrentDictionary<string, int> Methods { get; } = new();

    public volatile bool On;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x10); // JIT keyword
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!On || e.EventName != "MethodJittingStarted_V1" || e.Payload is null)
        {
            return;
        }
        var ns = e.Payload[e.PayloadNames!.IndexOf("MethodNamespace")] as string;
        var name = e.Payload[e.PayloadNames.IndexOf("MethodName")] as string;
        Methods.AddOrUpdate($"{ns}::{name}", 1, (_, n) => n + 1);
    }
}
