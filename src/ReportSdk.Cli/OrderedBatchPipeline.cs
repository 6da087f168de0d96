using System.Runtime.ExceptionServices;

namespace ReportSdk.Cli;

/// <summary>
/// Runs a batch's per-input work on several threads while <see cref="BatchRunner"/> still takes the results one input at
/// a time, in input order: so standard output, the progress lines and the error messages come out exactly as in a
/// sequential run. A worker reads and parses an input and produces its output: an output file is written at once
/// (files are written as they finish), an output for standard output is rendered into memory and copied to standard
/// output when its turn comes. Workers run at most <see cref="LookAheadPerWorker"/> inputs per worker ahead of the
/// input being reported, which bounds the outputs held in memory. When a run stops early (an error that ends the
/// batch, Ctrl+C), output files of inputs after the stopping point may already be written — each complete, never
/// partial; a sequential run (<c>--jobs 1</c>) writes none past it.
/// </summary>
internal sealed class OrderedBatchPipeline : IDisposable
{
    /// <summary>How many inputs per worker may be finished ahead of the one being reported.</summary>
    private const int LookAheadPerWorker = 4;

    private readonly Func<int, OutputWriter?> _work;
    private readonly Result[] _results;
    private readonly SemaphoreSlim _window;
    private readonly Thread[] _workers;
    private int _next = -1;
    private volatile bool _stopped;

    /// <summary>Starts <paramref name="workers"/> threads over <paramref name="count"/> inputs.</summary>
    /// <param name="count">The number of inputs.</param>
    /// <param name="workers">The number of threads (at least 2; fewer makes no sense: run sequentially).</param>
    /// <param name="work">
    /// The work of input <c>i</c>: writes its output file and returns null, or returns what writes its output to
    /// standard output (it is rendered on the worker into memory). Its exceptions are handed to <see cref="Complete"/>.
    /// </param>
    public OrderedBatchPipeline(int count, int workers, Func<int, OutputWriter?> work)
    {
        _work = work;
        _results = new Result[count];
        for (int i = 0; i < count; i++)
        {
            _results[i] = new Result();
        }

        _window = new SemaphoreSlim(workers * LookAheadPerWorker);
        _workers = new Thread[workers];
        for (int w = 0; w < workers; w++)
        {
            _workers[w] = new Thread(WorkLoop) { IsBackground = true, Name = "reportsdk batch worker " + w };
            _workers[w].Start();
        }
    }

    /// <summary>
    /// Waits for input <paramref name="index"/> and finishes it on the calling thread: rethrows what its work threw, or
    /// writes its rendered output through <paramref name="writeToStandardOutput"/>. Call once per input, in order.
    /// </summary>
    public void Complete(int index, Action<OutputWriter> writeToStandardOutput)
    {
        var result = _results[index];
        try
        {
            result.Done.Wait();
            if (result.Failure is not null)
            {
                result.Failure.Throw();
            }

            if (result.Rendered is { } rendered)
            {
                writeToStandardOutput(destination => rendered.WriteTo(destination));
            }
        }
        finally
        {
            _results[index] = null!;
            result.Done.Dispose();
            _window.Release();
        }
    }

    /// <summary>Stops the workers after the input each is working on and waits for them.</summary>
    public void Dispose()
    {
        _stopped = true;
        _window.Release(_workers.Length);
        foreach (var worker in _workers)
        {
            worker.Join();
        }

        _window.Dispose();
    }

    private void WorkLoop()
    {
        while (true)
        {
            _window.Wait();
            int index = Interlocked.Increment(ref _next);
            if (_stopped || index >= _results.Length)
            {
                return;
            }

            var result = _results[index];
            try
            {
                if (_work(index) is { } toStandardOutput)
                {
                    var rendered = new MemoryStream();
                    toStandardOutput(rendered);
                    result.Rendered = rendered;
                }
            }
            catch (Exception exception)
            {
                result.Failure = ExceptionDispatchInfo.Capture(exception);
            }
            finally
            {
                result.Done.Set();
            }
        }
    }

    private sealed class Result
    {
        public ManualResetEventSlim Done { get; } = new();

        public ExceptionDispatchInfo? Failure { get; set; }

        public MemoryStream? Rendered { get; set; }
    }
}
