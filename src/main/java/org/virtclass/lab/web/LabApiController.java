package org.virtclass.lab.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.virtclass.lab.LabCapabilities;
import org.virtclass.lab.LabRunView;
import org.virtclass.lab.LabService;
import org.virtclass.lab.LabService.LabComparison;
import org.virtclass.lab.RunKind;
import org.virtclass.system.ApiProblem;

/**
 * The lab's JSON API. Anonymous use is allowed within the caps: over the global cap a run is
 * accepted as QUEUED with its position; over the per-client cap or with a full queue the answer is
 * 429, and 503 when the host lacks what the kind needs. Run ids are random UUIDs and act as the key
 * to a run.
 */
@RestController
@RequestMapping("/api/lab")
class LabApiController {

	private final LabService lab;

	LabApiController(LabService lab) {
		this.lab = lab;
	}

	@GetMapping("/capabilities")
	LabCapabilities capabilities() {
		return lab.capabilities();
	}

	@PostMapping("/compare")
	LabComparison compare(HttpServletRequest request) {
		return lab.compare(LabClients.clientId(request));
	}

	@PostMapping("/runs")
	ResponseEntity<LabRunView> start(@Valid @RequestBody StartRequest body, HttpServletRequest request) {
		LabRunView run = lab.start(body.kind(), LabClients.clientId(request));
		return ResponseEntity.created(URI.create("/api/lab/runs/" + run.id())).body(run);
	}

	@GetMapping("/runs/{id}")
	LabRunView run(@PathVariable String id) {
		return lab.find(id).orElseThrow(() -> ApiProblem.notFound("No lab run " + id + "."));
	}

	@DeleteMapping("/runs/{id}")
	LabRunView stop(@PathVariable String id) {
		return lab.stop(id).orElseThrow(() -> ApiProblem.notFound("No lab run " + id + "."));
	}

	record StartRequest(@NotNull RunKind kind) {
	}

}
