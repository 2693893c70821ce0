using System.Text;
using CivilAffairs.Cli;

// Chinese messages on a Windows console, where the default code page is not UTF-8
Console.OutputEncoding = Encoding.UTF8;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // finish the row in flight (each row commits on its own), then stop
    e.Cancel = true;
    cancel.Cancel();
};
return await CliApp.RunAsync(args, Console.Out, Console.Error, cancel.Token);
