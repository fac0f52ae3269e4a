package org.electionresults;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/** Waiting conditions the browser tests share. */
public final class BrowserPages {

	private BrowserPages() {
	}

	/**
	 * The page an element belongs to has been replaced. Like {@code ExpectedConditions.stalenessOf},
	 * but Chromium may also answer a question about a node of a page being torn down with an
	 * inspector error rather than "stale element": that too means the page is gone.
	 */
	public static ExpectedCondition<Boolean> gone(WebElement element) {
		return (WebDriver driver) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (WebDriverException ex) {
				return true;
			}
		};
	}

}
