using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace Pipeline.App.Web;

/// <summary>
/// The host names `serve` answers to (the Host header), for ASP.NET Core's host filtering: a web page that
/// rebinds its own name to 127.0.0.1 still sends that name, and is refused.
/// </summary>
public static class ServedHosts
{
    public const string Refusal = "400: this server answers only to the address it listens on and web.yaml's allowed_hosts; the Host header names neither.";

    private static readonly string[] Loopback = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>
    /// This machine's loopback names, the host of each address in <paramref name="urls"/> (';'-separated, as --urls takes
    /// them), and <paramref name="configured"/>. An address on every interface (0.0.0.0, [::], *) stands for each of
    /// this machine's own addresses and its name.
    /// </summary>
    public static IReadOnlyList<string> Of(string urls, IEnumerable<string> configured)
    {
        var hosts = new List<string>(Loopback);
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = BindingAddress.Parse(url).Host;
            hosts.AddRange(host is "0.0.0.0" or "[::]" or "*" or "+" ? ThisMachine() : [host]);
        }
        hosts.AddRange(configured);
        return [.. hosts.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static IEnumerable<string> ThisMachine() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{WithoutScope(a.Address)}]" : a.Address.ToString())
            .Append(Dns.GetHostName());

    // A link-local address's zone (%eth0) never appears in a Host header.
    private static string WithoutScope(IPAddress address) => new IPAddress(address.GetAddressBytes()).ToString();
}
