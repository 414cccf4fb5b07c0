package org.virtclass.lab.web;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.virtclass.lab.LabCapabilities;
import org.virtclass.lab.LabRunView;
import org.virtclass.lab.LabService;
import org.virtclass.lab.LabStatistics;
import org.virtclass.lab.LabService.LabComparison;
import org.virtclass.lab.RunKind;
import org.virtclass.system.ApiProblem;

/**
 * The lab's JSON API. Anonymous use is allowed within the caps: over the global cap a run
 * is accepted as QUEUED with its position; over the per-client cap or with a full queue
 * the answer is 429, and 503 when the host lacks what the kind needs. Run ids are random
 * UUIDs: anyone with one may watch the run, but only the client that started it (its
 * signed lab cookie, issued with the first answer when the request had none) may stop it
 * or type into it.
 */
@RestController
@RequestMapping("/api/lab")
class LabApiController {

	static final long MAX_WAIT_MS = 20_000;

	private final LabService lab;

	private final LabIdentity identity;

	LabApiController(LabService lab, LabIdentity identity) {
		this.lab = lab;
		this.identity = identity;
	}

	@GetMapping("/capabilities")
	LabCapabilities capabilities() {
		return lab.capabilities();
	}

	/**
	 * The slots this host offers and how long recent runs took, from which queue waits
	 * are estimated.
	 */
	@GetMapping("/statistics")
	LabStatistics statistics() {
		return lab.statistics();
	}

	@PostMapping("/compare")
	LabComparison compare(HttpServletRequest request, HttpServletResponse response) {
		return lab.compare(identity.caller(request, response));
	}

	@PostMapping("/runs")
	ResponseEntity<LabRunView> start(@Valid @RequestBody StartRequest body, HttpServletRequest request,
			HttpServletResponse response) {
		LabRunView run = lab.start(body.kind(), identity.caller(request, response));
		return ResponseEntity.created(URI.create("/api/lab/runs/" + run.id())).body(run);
	}

	/**
	 * A run's state. With {@code waitMs} (up to {@value #MAX_WAIT_MS}) the answer comes
	 * as soon as the run is ready or has ended, or when that time has passed: one request
	 * instead of polling.
	 */
	@GetMapping("/runs/{id}")
	CompletableFuture<LabRunView> run(@PathVariable String id, @RequestParam(required = false) Long waitMs) {
		if (waitMs == null || waitMs == 0) {
			return CompletableFuture
				.completedFuture(lab.find(id).orElseThrow(() -> ApiProblem.notFound("No lab run " + id + ".")));
		}
		if (waitMs < 0 || waitMs > MAX_WAIT_MS) {
			throw ApiProblem.badRequest("waitMs must be between 0 and " + MAX_WAIT_MS + " milliseconds.",
					Map.of("field", "waitMs"));
		}
		return lab.whenSettled(id, Duration.ofMillis(waitMs))
			.orElseThrow(() -> ApiProblem.notFound("No lab run " + id + "."));
	}

	@DeleteMapping("/runs/{id}")
	LabRunView stop(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
		return lab.stop(id, identity.caller(request, response).clientId())
			.orElseThrow(() -> ApiProblem.notFound("No lab run " + id + "."));
	}

	record StartRequest(@NotNull RunKind kind) {
	}

}
