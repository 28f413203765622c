package org.kinograph.serve;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses requests larger than the server's limits before anything reads them: a body longer than
 * the limit (413), a body without a declared length (411, so that its size is known first), and a
 * SPARQL query or update longer than the limit, in a parameter or as the body (413). Request lines
 * and headers are bounded by Jetty ({@link KinographServer.Limits#maxHeaderBytes()}, 414 or 431).
 */
final class RequestLimits implements Filter {
    private final KinographServer.Limits limits;

    RequestLimits(KinographServer.Limits limits) {
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String refusal = refusal(req);
        if (refusal != null) {
            drainAllowedBody(req);
            resp.sendError(refusal.startsWith("length") ? HttpServletResponse.SC_LENGTH_REQUIRED
                    : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Reads and drops a refused body that is within the body limit, so that the client, still sending
     * it, reads the refusal instead of a reset connection. A body over the limit is not read.
     */
    private void drainAllowedBody(HttpServletRequest req) {
        long length = req.getContentLengthLong();
        if (length <= 0 || length > limits.maxBodyBytes()) return;
        try {
            req.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException | IllegalStateException e) {
            // the body was read as a form already, or the client went away: nothing to drain
        }
    }

    /** @return why the request is refused, or null. */
    private String refusal(HttpServletRequest req) {
        long length = req.getContentLengthLong();
        if (length < 0 && req.getHeader("Transfer-Encoding") != null) {
            return "length required: send the body with a Content-Length";
        }
        if (length > limits.maxBodyBytes()) return "request body larger than " + limits.maxBodyBytes() + " bytes";
        String type = req.getContentType() == null ? "" : req.getContentType();
        if ((type.startsWith("application/sparql-query") || type.startsWith("application/sparql-update"))
                && length > limits.maxQueryChars()) {
            return "query longer than " + limits.maxQueryChars() + " characters";
        }
        try {
            for (String name : new String[] {"query", "update"}) {
                String value = req.getParameter(name);
                if (value != null && value.length() > limits.maxQueryChars()) {
                    return "query longer than " + limits.maxQueryChars() + " characters";
                }
            }
        } catch (RuntimeException e) { // a form Jetty will not read (too large, malformed)
            return "request form not accepted: " + e.getMessage();
        }
        return null;
    }
}
