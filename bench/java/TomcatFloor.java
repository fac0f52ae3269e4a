import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * The servlet container's own floor, for bench/pages.sh: a bare embedded Tomcat, tuned as the app's
 * (8 threads, keep-alive of 10,000 requests, 128 KB socket write buffer), that answers every GET with
 * one file's bytes and the headers the app sent with them, and If-None-Match with a 304 as the app's
 * page cache does. No Spring, no filters: what is left is Tomcat's cost per request.
 *
 * <pre>java -cp tomcat-embed-core.jar bench/java/TomcatFloor.java PORT BODY_FILE HEADERS_FILE</pre>
 *
 * HEADERS_FILE holds "Name: value" lines (curl -D output); the status line, Date and Content-Length
 * are skipped.
 */
public class TomcatFloor {

	private static final Set<String> NOT_MODIFIED_HEADERS = Set.of("cache-control", "etag", "expires", "vary",
			"last-modified", "content-location");

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		byte[] body = Files.readAllBytes(Path.of(args[1]));
		List<String[]> headers = new ArrayList<>();
		String etag = null;
		for (String line : Files.readAllLines(Path.of(args[2]))) {
			int colon = line.indexOf(':');
			String name = (colon > 0) ? line.substring(0, colon).trim() : "";
			if (name.isEmpty() || line.startsWith("HTTP/") || name.equalsIgnoreCase("Date")
					|| name.equalsIgnoreCase("Content-Length")) {
				continue;
			}
			String value = line.substring(colon + 1).trim();
			headers.add(new String[] { name, value });
			if (name.equalsIgnoreCase("ETag")) {
				etag = value;
			}
		}
		String validator = etag;
		Tomcat tomcat = new Tomcat();
		tomcat.setBaseDir(Files.createTempDirectory("tomcat-floor").toString());
		Connector connector = new Connector();
		connector.setPort(port);
		connector.setProperty("address", "127.0.0.1");
		connector.setProperty("maxThreads", "8");
		connector.setProperty("minSpareThreads", "8");
		connector.setProperty("maxKeepAliveRequests", "10000");
		connector.setProperty("socket.appWriteBufSize", "32768");
		connector.setProperty("keepAliveTimeout", "3000");
		connector.setProperty("maxConnections", "3000");
		tomcat.setConnector(connector);
		Context context = tomcat.addContext("", null);
		Tomcat.addServlet(context, "floor", new HttpServlet() {

			@Override
			protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
				boolean notModified = validator != null && validator.equals(request.getHeader("If-None-Match"));
				for (String[] header : headers) {
					if (!notModified || NOT_MODIFIED_HEADERS.contains(header[0].toLowerCase(Locale.ROOT))) {
						response.addHeader(header[0], header[1]);
					}
				}
				if (notModified) {
					response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
					return;
				}
				response.setContentLength(body.length);
				response.getOutputStream().write(body);
			}

		});
		context.addServletMappingDecoded("/*", "floor");
		tomcat.start();
		tomcat.getServer().await();
	}

}
