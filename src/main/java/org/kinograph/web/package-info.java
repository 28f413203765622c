/**
 * Web genres: forum pages ({@link org.kinograph.web.ForumPage}) and blog reviews
 * ({@link org.kinograph.web.BlogReview}). Both read a post the same way (site chrome in several
 * languages stripped, header with author, date and headline, the post's body, the film named by
 * the headline) and differ in what their pages carry besides: a forum page's "Cast and Characters"
 * blocks, a blog's categories, tags and labelled lines. What the prose says about the film is read
 * by {@link org.kinograph.prose}, the same code the encyclopedia article uses.
 */
package org.kinograph.web;
